/**
 * `npm run bench -- [name ...] [--quick] [--strict]`: runs the named benchmarks, or all of them.
 * A missed target is a finding, printed as MISS; it fails the run only with --strict.
 */
import { runApduBench } from './apdu'
import { runFingerprintBench } from './fingerprint'
import { runIssuanceBench } from './issuance'
import { runPersoBench } from './perso'
import { runProtocolBench } from './protocol'
import { runRenderBench } from './render'
import type { Bench } from './support/bench'

const BENCHES: Readonly<Record<string, Bench>> = {
  protocol: runProtocolBench,
  apdu: runApduBench,
  perso: runPersoBench,
  fingerprint: runFingerprintBench,
  issuance: runIssuanceBench,
  render: runRenderBench,
}

function usage(): string {
  return [
    'usage: npm run bench -- [name ...] [--quick] [--strict]',
    `  name      one of: ${Object.keys(BENCHES).join(', ')} (default: all)`,
    '  --quick   a short smoke run with small counts',
    '  --strict  exit 1 when a target is missed',
  ].join('\n')
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter(arg => arg.startsWith('-')))
  const names = argv.filter(arg => !arg.startsWith('-'))
  const unknownFlags = [...flags].filter(flag => !['--quick', '--strict'].includes(flag))
  const unknownNames = names.filter(name => !Object.hasOwn(BENCHES, name))
  if (flags.has('--help') || flags.has('-h')) {
    console.log(usage())
    return 0
  }
  if (unknownFlags.length > 0 || unknownNames.length > 0) {
    console.error(`unknown: ${[...unknownNames, ...unknownFlags].join(' ')}`)
    console.error(usage())
    return 2
  }
  const quick = flags.has('--quick')
  const selected = names.length > 0 ? [...new Set(names)] : Object.keys(BENCHES)
  console.log(`idstation bench: ${selected.join(', ')} — ${quick ? 'quick mode' : 'full mode'}`)
  let missed = 0
  for (const name of selected) {
    console.log(`\n== ${name} ==`)
    const outcome = await BENCHES[name]!({ quick })
    missed += outcome.targetsMissed
    console.log(`${name}: ${outcome.targetsMet} target(s) met, ${outcome.targetsMissed} missed`)
  }
  return flags.has('--strict') && missed > 0 ? 1 : 0
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
