/**
 * A small baseline JPEG of a uniform mid-grey image, built from the ITU-T T.81 syntax so tests
 * never carry a photograph of anyone. Every 8×8 block has DC difference 0 and an immediate
 * end-of-block, coded with one-symbol Huffman tables whose only code is `0`, so each block costs
 * two zero bits per component.
 */
export function syntheticJpeg(width: number, height: number, components: 1 | 3 = 1): Buffer {
  const segment = (marker: number, body: readonly number[]) =>
    Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body])
  const ids = Array.from({ length: components }, (_, i) => i + 1)
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8) * components
  const bits = 2 * blocks
  const scan = Buffer.alloc(Math.ceil(bits / 8))
  // Pad the last byte with 1 bits (T.81 F.1.2.3); all other bits are 0.
  if (bits % 8 !== 0) scan[scan.length - 1] = (1 << (8 - (bits % 8))) - 1
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // APP0 "JFIF"
    segment(0xdb, [0x00, ...Array<number>(64).fill(1)]), // DQT, table 0, all ones
    segment(0xc0, [
      8,
      height >> 8,
      height & 0xff,
      width >> 8,
      width & 0xff,
      components,
      ...ids.flatMap(id => [id, 0x11, 0]),
    ]),
    segment(0xc4, [0x00, 1, ...Array<number>(15).fill(0), 0x00]), // DHT DC 0: one code, category 0
    segment(0xc4, [0x10, 1, ...Array<number>(15).fill(0), 0x00]), // DHT AC 0: one code, EOB
    segment(0xda, [components, ...ids.flatMap(id => [id, 0x00]), 0, 63, 0]),
    scan,
    Buffer.from([0xff, 0xd9]),
  ])
}
