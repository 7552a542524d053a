// Renders a kustomization (deploy/kubernetes/...) without a kustomize binary and validates every object
// against the Kubernetes JSON schemas that kubernetes-models ships (generated from the API's OpenAPI
// document). Prints the rendered objects as one JSON array on stdout; exits 1 with the problems on stderr.
//
// The renderer understands exactly what CET's manifests use, and refuses anything else:
//   resources (files or directories with a kustomization.yaml), namespace, labels[].pairs (added to
//   metadata.labels), images (name -> newName/newTag), patches[].path (strategic merge: maps merge,
//   lists of objects with a "name" merge by name, other lists are replaced).
// CloudNativePG's Cluster and ScheduledBackup have no schema there; they get structural checks below.
import { readFileSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { ConfigMap, Secret, Service } from "kubernetes-models/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";

const MODELS = {
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "networking.k8s.io/v1/Ingress": Ingress,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
};
const KNOWN_FIELDS = new Set(["apiVersion", "kind", "resources", "namespace", "labels", "images", "patches"]);

function readYaml(file) {
  // YAML 1.1 as kubectl reads it (0440 is octal there).
  return parseAllDocuments(readFileSync(file, "utf8"), { version: "1.1" }).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
    return doc.toJS();
  }).filter((o) => o != null);
}

function merge(base, patch) {
  if (Array.isArray(base) && Array.isArray(patch)) {
    const named = (list) => list.every((x) => x && typeof x === "object" && typeof x.name === "string");
    if (!named(base) || !named(patch)) return patch;
    const out = base.map((x) => ({ ...x }));
    for (const item of patch) {
      const i = out.findIndex((x) => x.name === item.name);
      if (i >= 0) out[i] = merge(out[i], item);
      else out.push(item);
    }
    return out;
  }
  if (base && patch && typeof base === "object" && typeof patch === "object" && !Array.isArray(base)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = k in base ? merge(base[k], v) : v;
    return out;
  }
  return patch;
}

function render(dir) {
  const file = path.join(dir, "kustomization.yaml");
  if (!existsSync(file)) throw new Error(`${dir}: no kustomization.yaml`);
  const [k] = readYaml(file);
  for (const field of Object.keys(k)) {
    if (!KNOWN_FIELDS.has(field)) throw new Error(`${file}: "${field}" is not understood by this renderer`);
  }
  let objects = [];
  for (const r of k.resources ?? []) {
    const p = path.join(dir, r);
    objects.push(...(statSync(p).isDirectory() ? render(p) : readYaml(p)));
  }
  for (const { path: patchFile, ...rest } of k.patches ?? []) {
    if (!patchFile || Object.keys(rest).length) throw new Error(`${file}: only patches[].path is understood`);
    for (const patch of readYaml(path.join(dir, patchFile))) {
      const i = objects.findIndex((o) => o.kind === patch.kind && o.metadata?.name === patch.metadata?.name);
      if (i < 0) throw new Error(`${patchFile}: patches ${patch.kind}/${patch.metadata?.name}, which is not there`);
      objects[i] = merge(objects[i], patch);
    }
  }
  for (const set of k.labels ?? []) {
    for (const o of objects) o.metadata = { ...o.metadata, labels: { ...(o.metadata.labels ?? {}), ...set.pairs } };
  }
  for (const image of k.images ?? []) {
    for (const o of objects) {
      for (const c of o.spec?.template?.spec?.containers ?? []) {
        const [name, tag] = c.image.split(":");
        if (name === image.name) c.image = `${image.newName ?? name}:${image.newTag ?? tag}`;
      }
    }
  }
  if (k.namespace) objects = objects.map((o) => ({ ...o, metadata: { ...o.metadata, namespace: k.namespace } }));
  return objects;
}

function checkCnpg(o, problems) {
  const where = `${o.kind}/${o.metadata?.name}`;
  const need = (cond, what) => { if (!cond) problems.push(`${where}: ${what}`); };
  if (o.kind === "Cluster") {
    need(Number.isInteger(o.spec?.instances) && o.spec.instances >= 2, "spec.instances must be an integer >= 2 (a primary and a replica)");
    need(typeof o.spec?.storage?.size === "string", "spec.storage.size must be set");
    need(o.spec?.bootstrap?.initdb?.database && o.spec?.bootstrap?.initdb?.owner, "spec.bootstrap.initdb needs database and owner");
    const store = o.spec?.backup?.barmanObjectStore;
    need(store && typeof store.destinationPath === "string", "spec.backup.barmanObjectStore.destinationPath must be set");
  } else if (o.kind === "ScheduledBackup") {
    need(typeof o.spec?.schedule === "string" && o.spec.schedule.trim().split(/\s+/).length === 6,
      "spec.schedule must be a six-field cron expression (seconds first)");
    need(typeof o.spec?.cluster?.name === "string", "spec.cluster.name must name the Cluster");
  } else {
    problems.push(`${where}: unknown CloudNativePG kind`);
  }
}

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node render-and-validate.mjs <kustomization directory>");
  process.exit(2);
}
let objects;
try {
  objects = render(path.resolve(dir));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const problems = [];
for (const o of objects) {
  if (o.apiVersion === "postgresql.cnpg.io/v1") {
    checkCnpg(o, problems);
    continue;
  }
  const Model = MODELS[`${o.apiVersion}/${o.kind}`];
  if (!Model) {
    problems.push(`${o.apiVersion} ${o.kind} ${o.metadata?.name}: no schema for this kind`);
    continue;
  }
  try {
    new Model(o).validate();
  } catch (e) {
    problems.push(`${o.kind}/${o.metadata?.name}: ${e.message}`);
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
process.stdout.write(JSON.stringify(objects));
