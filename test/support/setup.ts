// Mocha root setup: every test runs without the developer's own configuration leaking in.
for (const key of Object.keys(process.env)) {
  if (key.startsWith('IDSTATION_')) Reflect.deleteProperty(process.env, key)
}
