import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CardSlot } from '../../../../simulators/card/card-slot'
import { parseControl } from '../../../../simulators/card/control'
import { loadOrCreateImage } from '../../../../simulators/card/card-image'
import { createFile, SELECT_EMRTD } from './apdus'

describe('simulators/card control channel and card stack', () => {
  it('parses the documented commands and explains the rest', () => {
    assert.deepEqual(parseControl('{"cmd":"insert-next"}'), { cmd: 'insert-next' })
    assert.deepEqual(parseControl('{"cmd":"fault","kind":"mute"}'), {
      cmd: 'fault',
      kind: 'mute',
      count: 1,
    })
    assert.deepEqual(parseControl('{"cmd":"fault","kind":"pull","count":0}'), {
      cmd: 'fault',
      kind: 'pull',
      count: 0,
    })
    for (const bad of ['nope', '1', '{"cmd":"explode"}', '{"cmd":"fault","kind":"fire"}']) {
      assert.ok('error' in parseControl(bad), bad)
    }
    assert.ok('error' in parseControl('{"cmd":"fault","kind":"mute","count":1.5}'))
    assert.deepEqual(parseControl('{"cmd":"fault","kind":"pull","ins":214}'), {
      cmd: 'fault',
      kind: 'pull',
      count: 1,
      ins: 0xd6,
    })
    assert.ok('error' in parseControl('{"cmd":"fault","kind":"pull","ins":256}'))
  })

  it('hands out blank cards with their own serial and image file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'idstation-slot-'))
    try {
      const slot = new CardSlot({ imagePath: join(dir, 'card.json'), stack: 1 })
      const first = slot.current.image.serial.toString('hex')
      slot.process(SELECT_EMRTD)
      slot.process(createFile(0x0101, 4))
      slot.faults.arm('mute')
      assert.equal(slot.next(), true)
      assert.equal(slot.imagePath, join(dir, 'card.1.json'))
      assert.notEqual(slot.current.image.serial.toString('hex'), first)
      assert.equal(slot.current.image.files.size, 0)
      // Faults stay with the slot, so they hit the newly inserted card.
      assert.equal(slot.process(SELECT_EMRTD), undefined)
      assert.equal(slot.next(), false)
      assert.equal(loadOrCreateImage(join(dir, 'card.json')).files.size, 1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
