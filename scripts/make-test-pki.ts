/**
 * Makes a test PKI (CSCA + Document Signer) for development and tests; never for real documents.
 *
 *   npx tsx scripts/make-test-pki.ts --out DIR [--document-validity-years 10]
 *   npx tsx scripts/make-test-pki.ts --out DIR --softhsm-conf FILE --token-label ds --pin 1234
 *
 * Validity follows Doc 9303-12 (8th ed.) §4.1 Table 1: the DS certificate lasts its three-month
 * key usage period plus the longest document validity (§4.1.1.1), the CSCA its five-year key
 * usage period plus the DS certificate's lifetime (§4.1.4.1): 10 years 3 months and 15 years 3
 * months for 10-year documents.
 *
 * The logic is `makeTestPki` in agent/signer/test-pki; this file only reads the command line.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { makeTestPki, type MakeTestPkiOptions } from '../agent/signer/test-pki/make-test-pki'
import { isAgentError } from '../drivers/core/errors'

const USAGE = [
  'Usage: npx tsx scripts/make-test-pki.ts --out DIR [--document-validity-years N]',
  '         [--softhsm-conf FILE --token-label LABEL --pin PIN [--key-label LABEL] [--module PATH]]',
  '',
  'Writes csca.pem, csca-key.pem, ds.pem and, without a token, ds-key.pem into DIR.',
  'With --softhsm-conf the DS key is generated on the (existing) token instead and its',
  'certificate stored next to it under the same label (default "ds").',
  '--document-validity-years (1-30, default 10): the longest validity of a document the DS',
  'signs; the DS certificate lasts 3 months more, the CSCA 5 years more than that (Doc 9303-12).',
].join('\n')

/** Writes lines somewhere; stdout and stderr by default, an array in tests. */
export interface ScriptOutput {
  out(line: string): void
  err(line: string): void
}

const STDIO: ScriptOutput = {
  out: line => process.stdout.write(`${line}\n`),
  err: line => process.stderr.write(`${line}\n`),
}

function parse(argv: readonly string[]): MakeTestPkiOptions | string {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string' },
        'softhsm-conf': { type: 'string' },
        'token-label': { type: 'string' },
        pin: { type: 'string' },
        'key-label': { type: 'string' },
        module: { type: 'string' },
        'document-validity-years': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid arguments'
  }
  if (values.out === undefined) return '--out DIR is required'
  const yearsText = values['document-validity-years']
  const years = yearsText === undefined ? undefined : Number(yearsText)
  if (years !== undefined && (!/^\d+$/.test(yearsText ?? '') || years < 1 || years > 30)) {
    return '--document-validity-years must be a whole number of years from 1 to 30'
  }
  const validity = years === undefined ? {} : { documentValidityYears: years }
  const conf = values['softhsm-conf']
  if (conf === undefined) return { outDir: resolve(values.out), ...validity }
  const tokenLabel = values['token-label']
  const pin = values.pin
  if (tokenLabel === undefined || pin === undefined) {
    return '--softhsm-conf needs --token-label and --pin'
  }
  // SoftHSM2 reads this in C_Initialize, which happens later, inside makeTestPki.
  process.env.SOFTHSM2_CONF = resolve(conf)
  return {
    outDir: resolve(values.out),
    ...validity,
    token: {
      tokenLabel,
      pin,
      ...(values['key-label'] === undefined ? {} : { keyLabel: values['key-label'] }),
      ...(values.module === undefined ? {} : { modulePath: values.module }),
    },
  }
}

/** Runs the script; resolves with the exit code (0 made, 1 failed, 2 usage). */
export async function main(argv: readonly string[], output: ScriptOutput = STDIO): Promise<number> {
  const options = parse(argv)
  if (typeof options === 'string') {
    output.err(`${options}\n\n${USAGE}`)
    return 2
  }
  try {
    const files = await makeTestPki(options)
    output.out(`CSCA certificate:  ${files.cscaCertificate}`)
    output.out(`CSCA private key:  ${files.cscaPrivateKey}`)
    output.out(`DS certificate:    ${files.dsCertificate}`)
    if (files.dsPrivateKey !== undefined) output.out(`DS private key:    ${files.dsPrivateKey}`)
    if (files.token !== undefined) {
      output.out(`DS key on token:   "${files.token.tokenLabel}", label "${files.token.keyLabel}"`)
    }
    return 0
  } catch (error) {
    if (!isAgentError(error)) throw error
    output.err(`make-test-pki: ${error.message}`)
    if (error.details.reason === 'token-not-found' && options.token !== undefined) {
      output.err(
        `create the token first: softhsm2-util --init-token --free --label ${options.token.tokenLabel} --pin PIN --so-pin SO_PIN`,
      )
    }
    return 1
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then(code => {
    process.exitCode = code
  })
}
