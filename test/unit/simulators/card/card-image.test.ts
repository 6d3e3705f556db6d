import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  imageFromJson,
  imageToJson,
  loadOrCreateImage,
  saveImage,
} from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'
import { createFile, putData, SELECT_EMRTD, selectFile, updateBinary } from './apdus'

describe('simulators/card persistent image', () => {
  let dir: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'idstation-card-'))
  })

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('creates a blank image with a fresh 8-byte serial when the file is missing', () => {
    const a = loadOrCreateImage(join(dir, 'a.json'))
    const b = loadOrCreateImage(join(dir, 'b.json'))
    assert.equal(a.serial.length, 8)
    assert.notEqual(a.serial.toString('hex'), b.serial.toString('hex'))
    assert.equal(a.lifeCycle, 'pre-personalised')
    assert.equal(
      loadOrCreateImage(join(dir, 'a.json')).serial.toString('hex'),
      a.serial.toString('hex'),
    )
  })

  it('keeps files, keys and the lock across a simulator restart', () => {
    const path = join(dir, 'card.json')
    const image = loadOrCreateImage(path)
    const card = new EmrtdCard({
      image,
      save: saved => {
        saveImage(path, saved)
      },
    })
    const writes = [
      SELECT_EMRTD,
      createFile(0x011e, 4),
      selectFile(0x011e),
      updateBinary(0, Buffer.from('60025c00', 'hex')),
      putData(0xde, 0xad),
    ]
    for (const apdu of writes) card.process(apdu)
    const reloaded = loadOrCreateImage(path)
    assert.equal(reloaded.lifeCycle, 'locked')
    assert.equal(reloaded.files.get(0x011e)?.data.toString('hex'), '60025c00')
    assert.equal(reloaded.serial.toString('hex'), image.serial.toString('hex'))
    assert.equal(imageToJson(imageFromJson(readFileSync(path, 'utf8'))), readFileSync(path, 'utf8'))
  })

  it('refuses a corrupt image instead of treating it as blank', () => {
    const path = join(dir, 'bad.json')
    writeFileSync(path, '{"version":2}')
    assert.throws(() => loadOrCreateImage(path), /version 1/)
    writeFileSync(
      path,
      JSON.stringify({
        version: 1,
        serial: '00',
        lifeCycle: 'locked',
        files: { '0101': { size: 2, data: '00' } },
      }),
    )
    assert.throws(() => loadOrCreateImage(path), /does not match/)
  })
})
