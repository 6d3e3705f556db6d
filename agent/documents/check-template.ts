/**
 * Layout checks of a face template, pure and fast: what a template author breaks when a box is
 * moved by hand. Every element stays on its face, every field's box is tall enough for its label
 * and value lines, and nothing of the visual zone reaches into the MRZ's clear area (Doc 9303-4
 * Figure 3 / 9303-5 Figure 6: the zone holds the MRZ only).
 */
import { fieldHeightPt } from './draw-elements'
import { MRZ_NOMINAL } from './mrz-geometry'
import { MM_PER_POINT } from './painter'
import { elementBox, type BoxMm, type FaceTemplate } from './template'

/** Tolerated rounding, in millimetres. */
const EPSILON_MM = 0.01

/** One line per problem, naming the element by its index and kind; empty when the face is sound. */
export function templateProblems(face: FaceTemplate): string[] {
  const problems: string[] = []
  const mrz = face.elements.find(element => element.kind === 'mrz')
  const clearTop =
    mrz === undefined ? face.heightMm : face.heightMm - MRZ_NOMINAL[mrz.format].zoneHeightMm
  face.elements.forEach((element, index) => {
    const box = elementBox(element)
    const name = `element ${String(index)} (${element.kind})`
    if (box === undefined) return
    if (!inside(box, { x: 0, y: 0, w: face.widthMm, h: face.heightMm })) {
      problems.push(`${name} leaves the ${String(face.widthMm)} × ${String(face.heightMm)} mm face`)
    }
    if (box.y + box.h > clearTop + EPSILON_MM)
      problems.push(`${name} reaches into the MRZ clear area`)
    if (element.kind === 'field' && fieldHeightPt(element) * MM_PER_POINT > box.h + EPSILON_MM) {
      problems.push(`${name} is too short for its label and value`)
    }
  })
  return problems
}

function inside(box: BoxMm, face: BoxMm): boolean {
  return (
    box.w > 0 &&
    box.h > 0 &&
    box.x >= face.x - EPSILON_MM &&
    box.y >= face.y - EPSILON_MM &&
    box.x + box.w <= face.x + face.w + EPSILON_MM &&
    box.y + box.h <= face.y + face.h + EPSILON_MM
  )
}
