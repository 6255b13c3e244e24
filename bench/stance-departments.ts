/**
 * npm run bench:departments — stance through the product (issue 16) on every unseen-department
 * fixture under tests/fixtures/departments/ and on the demo department: one JSON line per
 * department with top-statement accuracy, stance accuracy, `unclear` count, false rumors
 * reported as supported and the confusion matrix (gold stance → what the check said).
 *
 *   npm run bench:departments                 figures only
 *   npm run bench:departments -- --verbose    also every wrong claim and accuracy per kind
 *   npm run bench:departments -- --only NAME  one department (a fixture folder name or "demo")
 *   npm run bench:departments -- --dir DIR    the departments under DIR instead (e.g. the training
 *                                             departments, data/training/departments), no demo
 */
import { resolve } from 'node:path';
import { evaluateDepartment, loadDemoDepartment, loadFixtureDepartments, type DepartmentReport } from './lib/department-eval';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;

function line(report: DepartmentReport): string {
  const { wrong, byKind, ...figures } = report;
  return JSON.stringify(verbose ? { ...figures, byKind, wrong } : figures);
}

const departments = (dir ? loadFixtureDepartments(resolve(dir)) : [...loadFixtureDepartments(), loadDemoDepartment()]).filter((d) => !only || d.name === only);
for (const department of departments) process.stdout.write(line(evaluateDepartment(department)) + '\n');
