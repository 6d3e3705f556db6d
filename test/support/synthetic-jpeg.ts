/** Moved to the CLI, which makes synthetic portraits too; tests keep importing it from here. */
export { syntheticJpeg } from '../../agent/cli/issuance/synthetic-jpeg'
