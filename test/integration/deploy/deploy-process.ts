// A deploy as its own process (so a test can kill it midway): the deploy action's parse and run,
// as the CLI would call them. argv: <target url> <model> <admin token> <interval> <report> <judge>.
import action from '../../../src/actions/deploy.js';
import { inputsFor } from '../../helpers.js';

const [url, model, token, interval, report, judge] = process.argv.slice(2);
const log = { info: (m: string) => console.log(m), warning: (m: string) => console.log(`warning: ${m}`), error: (m: string) => console.log(`error: ${m}`), debug: () => {}, group: async <T>(_n: string, fn: () => Promise<T>) => fn() };
const config = action.parse(inputsFor('deploy', { model, target: url, interval, 'min-samples': '30', 'admin-token': token, 'github-token': '', report, judge }));
const r = await action.run(config, log);
console.log(`decision: ${r.outputs.decision}`);
