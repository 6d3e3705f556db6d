#!/usr/bin/env node
'use strict'
// First-run set-up behind `npm test`, `npm run demo` and `npm run bench`: installs the npm packages
// when node_modules is missing or older than package-lock.json, and the Debian packages the device
// simulators need (as root), or names them when it cannot install them. Node built-ins only: it
// runs before anything is installed.
const { execFileSync, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const DEBIAN_PACKAGES = [
  'pcscd',
  'vsmartcard-vpcd',
  'socat',
  'libpcsclite-dev',
  'pcsc-tools',
  'opensc',
  // The apdu bench's Python peer (bench/apdu/pyscard-peer.py); in bookworm main.
  'python3-pyscard',
  'softhsm2',
  'build-essential',
  // Document rendering (agent/documents): OCR-B for the MRZ, Noto for Arabic and Latin text.
  'fonts-ocr-b',
  'fonts-noto-core',
  // The MRZ OCR round trip test reads the printed faces as a border reader would.
  'tesseract-ocr',
  'tesseract-ocr-eng',
  // The schema compiled for other languages, and the Python front-end example run against it.
  'protobuf-compiler',
  'python3-zmq',
  'python3-protobuf',
  'python3-cryptography',
]

function log(message) {
  process.stderr.write(`[bootstrap] ${message}\n`)
}

function missingDebianPackages() {
  if (spawnSync('dpkg-query', ['--version']).status !== 0) return null
  return DEBIAN_PACKAGES.filter(name => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' })
    return r.status !== 0 || !r.stdout.includes('install ok installed')
  })
}

function ensureDebian() {
  if (process.env.IDSTATION_SKIP_APT === '1') return
  const missing = missingDebianPackages()
  if (missing === null || missing.length === 0) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    log(`missing Debian packages: ${missing.join(' ')}`)
    log(`install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`)
    return
  }
  log(`installing Debian packages: ${missing.join(' ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  })
}

function ensureNpm() {
  const marker = path.join(root, 'node_modules', '.package-lock.json')
  const lock = path.join(root, 'package-lock.json')
  const stale =
    !fs.existsSync(marker) || fs.statSync(marker).mtimeMs + 1000 < fs.statSync(lock).mtimeMs
  if (!stale) return
  log('installing npm packages (npm ci)')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
}

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  log(`Node ${process.versions.node} is too old: idstation needs Node 20.19 or newer`)
  process.exit(1)
}
ensureDebian()
ensureNpm()
