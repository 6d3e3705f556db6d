import type { v1 } from '../../protocol/messages'
import type { SimProcess } from './sim-process'

/** The part of a printer simulator the operator touches: its control channel. */
export type PrinterControl = Pick<SimProcess, 'control'>

/** Which simulator a printer is: their control channels name the output tray differently. */
export type PrinterFamily = 'card' | 'page'

/** The operator takes the finished cards (hopper) or booklets (output tray) away. */
export function emptyOutput(printer: PrinterControl, family: PrinterFamily): Promise<unknown> {
  return printer.control({ cmd: family === 'card' ? 'hopper' : 'output', full: false })
}

/** What the operator at a simulated station does for each printer attention prompt. */
const FIXES: Readonly<
  Record<string, (printer: PrinterControl, family: PrinterFamily) => Promise<unknown>>
> = {
  'printer-reject-box-full': printer => printer.control({ cmd: 'reject-box', full: false }),
  'printer-ribbon-ended': printer => printer.control({ cmd: 'ribbon', remaining: 500 }),
  'printer-feeder-empty': printer => printer.control({ cmd: 'feeder', count: 100 }),
  'printer-output-full': emptyOutput,
}

/**
 * Answers a job's prompt as the operator would: fixes what the printer asks for (empties a box
 * or tray, changes the ribbon, refills the feeder) and says Continue; anything else is Cancel.
 */
export async function answerAsOperator(
  printer: PrinterControl,
  family: PrinterFamily,
  prompt: v1.IJobPrompt,
): Promise<'continue' | 'cancel'> {
  const fix = FIXES[prompt.kind ?? '']
  if (fix === undefined) return 'cancel'
  await fix(printer, family)
  return 'continue'
}
