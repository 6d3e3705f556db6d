import { MRZ_SHAPE, mrzNameParts, transliterateToLatin, type MrzNameParts } from '../../../icao/mrz'
import { formatNameField, nameComponents, type NameField } from '../../../icao/mrz/name-field'
import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'

/** The name fields of both formats for one holder's name. */
interface NameFields extends MrzNameParts {
  readonly td3: NameField
  readonly td1: NameField
}

function nameFields(parts: MrzNameParts): NameFields {
  const primary = nameComponents(parts.primaryIdentifier, 'primaryIdentifier')
  const secondary = nameComponents(parts.secondaryIdentifier, 'secondaryIdentifier')
  return {
    ...parts,
    td3: formatNameField(primary, secondary, MRZ_SHAPE.TD3.nameWidth),
    td1: formatNameField(primary, secondary, MRZ_SHAPE.TD1.nameWidth),
  }
}

/**
 * `idstation mrz transliterate`: the Doc 9303-3 §6 C transliteration of Arabic or Kurdish text, and
 * with `--primary`/`--secondary` the TD3 and TD1 name fields a document would print. Runs locally;
 * nothing is sent to the agent or logged. Untransliterable text exits 2 naming the one character.
 */
export const MRZ_TRANSLITERATE_COMMAND: CliLeafCommand = {
  name: 'transliterate',
  summary: 'Arabic/Kurdish text in MRZ Latin (Doc 9303-3 §6 C); name fields with truncation',
  usage: [
    'Usage: idstation mrz transliterate [<text>…] [--primary TEXT [--secondary TEXT]]',
    '                                   [--latin-primary TEXT --latin-secondary TEXT] [--json]',
    '',
    '  <text>…                  words to transliterate, printed as MRZ-ready Latin (words',
    '                           separated by spaces, no fillers)',
    '  --primary TEXT           primary identifier (surname): also print the TD3 (39) and',
    '                           TD1 (30) name fields, truncated as the agent truncates them',
    '  --secondary TEXT         secondary identifier (given names), default none',
    '  --latin-primary TEXT     a Latin spelling to use instead (e.g. from an earlier',
    '  --latin-secondary TEXT   passport), checked against the MRZ characters; give both',
    '',
    'Arabic follows ICAO Doc 9303 Part 3 §6 C letter for letter: X marks a letter that has',
    'no single Latin equivalent (ح XH, ش XSH), short vowels are not written, shadda doubles.',
    'Kurdish letters that Doc 9303 lacks use idstation’s extension (docs/transliteration.md).',
    'Latin text passes through upper-cased.',
    '',
    'Examples:',
    '  idstation mrz transliterate محمد عبد الله',
    '  idstation mrz transliterate --primary الرازي --secondary "ابو بكر محمد بن زكريا"',
  ].join('\n'),
  // eslint-disable-next-line @typescript-eslint/require-await -- the command contract is async
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, {
      primary: { type: 'string' },
      secondary: { type: 'string' },
      'latin-primary': { type: 'string' },
      'latin-secondary': { type: 'string' },
    })
    const nameOptions = [values.secondary, values['latin-primary'], values['latin-secondary']]
    if (values.primary === undefined && nameOptions.some(value => value !== undefined))
      throw new UsageError('--secondary and --latin-… go with --primary')
    if (positionals.length === 0 && values.primary === undefined)
      throw new UsageError('give text to transliterate, or --primary')

    const text = positionals.join(' ')
    const latin = positionals.length > 0 ? transliterateToLatin(text, 'text') : undefined
    const name =
      values.primary === undefined
        ? undefined
        : nameFields(
            mrzNameParts({
              primary: values.primary,
              secondary: values.secondary ?? '',
              ...(values['latin-primary'] === undefined
                ? {}
                : { latinPrimary: values['latin-primary'] }),
              ...(values['latin-secondary'] === undefined
                ? {}
                : { latinSecondary: values['latin-secondary'] }),
            }),
          )

    if (context.json) {
      context.output.json({
        ...(latin === undefined ? {} : { latin }),
        ...(name === undefined ? {} : { name }),
      })
      return EXIT_CODES.ok
    }
    if (latin !== undefined) context.output.print(latin)
    if (name !== undefined) {
      const truncated = (field: NameField) => (field.truncated ? '  (truncated)' : '')
      context.output.table(
        ['field', 'mrz'],
        [
          ['primary', name.primaryIdentifier],
          ['secondary', name.secondaryIdentifier],
          ['source', name.source],
          ['TD3 name (39)', `${name.td3.text}${truncated(name.td3)}`],
          ['TD1 name (30)', `${name.td1.text}${truncated(name.td1)}`],
        ],
      )
    }
    return EXIT_CODES.ok
  },
}
