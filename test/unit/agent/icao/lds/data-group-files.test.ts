import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  LDS_FILES,
  dataGroupByTag,
  dataGroupFile,
  type DataGroupNumber,
} from '../../../../../agent/icao/lds'

describe('agent/icao/lds data group files', () => {
  it('gives FID, SFI and tag of EF.COM, EF.SOD and the data groups (Doc 9303-10 §4.6)', () => {
    const table: [Parameters<typeof dataGroupFile>[0], string, number, number, number][] = [
      ['COM', 'EF.COM', 0x011e, 0x1e, 0x60],
      [1, 'EF.DG1', 0x0101, 0x01, 0x61],
      [2, 'EF.DG2', 0x0102, 0x02, 0x75],
      [3, 'EF.DG3', 0x0103, 0x03, 0x63],
      [4, 'EF.DG4', 0x0104, 0x04, 0x76],
      [11, 'EF.DG11', 0x010b, 0x0b, 0x6b],
      [12, 'EF.DG12', 0x010c, 0x0c, 0x6c],
      [14, 'EF.DG14', 0x010e, 0x0e, 0x6e],
      [15, 'EF.DG15', 0x010f, 0x0f, 0x6f],
      [16, 'EF.DG16', 0x0110, 0x10, 0x70],
      ['SOD', 'EF.SOD', 0x011d, 0x1d, 0x77],
    ]
    for (const [key, name, fid, sfi, tag] of table) {
      assert.deepEqual(
        {
          name: dataGroupFile(key).name,
          fid: dataGroupFile(key).fid,
          sfi: dataGroupFile(key).sfi,
          tag: dataGroupFile(key).tag,
        },
        { name, fid, sfi, tag },
      )
    }
  })

  it('lists 18 files with distinct identifiers and maps tags back to groups', () => {
    assert.equal(LDS_FILES.length, 18)
    assert.equal(new Set(LDS_FILES.map(file => file.fid)).size, 18)
    assert.equal(new Set(LDS_FILES.map(file => file.tag)).size, 18)
    for (let group = 1; group <= 16; group += 1) {
      const number = group as DataGroupNumber
      assert.equal(dataGroupByTag(dataGroupFile(number).tag), number)
    }
    assert.equal(dataGroupByTag(0x60), undefined)
    assert.equal(dataGroupByTag(0x77), undefined)
  })

  it('refuses a data group number outside 1–16 that slipped past the type', () => {
    assert.throws(() => dataGroupFile(17 as DataGroupNumber), AgentError)
  })
})
