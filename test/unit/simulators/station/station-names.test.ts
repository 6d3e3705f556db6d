import assert from 'node:assert/strict'
import { CLI_CLIENT_NAME } from '../../../../agent/cli/cli-identity'
import { STATION_CLI_CLIENT_NAME } from '../../../../simulators/station/station'

describe('station names', function () {
  it('enrols the CLI key under the name `idstation keys init` uses', function () {
    // simulators/station does not import agent/cli; a renamed CLI identity must rename this too.
    assert.equal(STATION_CLI_CLIENT_NAME, CLI_CLIENT_NAME)
  })
})
