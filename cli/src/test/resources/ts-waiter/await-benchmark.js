// The official Octopus TypeScript client's task waiter, unchanged, waiting for each given task on
// its own (so each task's return time is its own). Prints READY once connected, then one line
// "RETURNED <task id> <epoch milliseconds>" as each wait returns.
// Usage: node await-benchmark.js <statusCheckSleepCycle ms> <task id>[,<task id>...]
const { Client, ServerTaskWaiter } = require("@octopusdeploy/api-client");

async function main() {
  const interval = Number(process.argv[2]);
  const ids = process.argv[3].split(",");
  const client = await Client.create({
    instanceURL: process.env.FREIGHT_URL,
    apiKey: process.env.FREIGHT_API_KEY,
    userAgentApp: "freight-await-benchmark",
  });
  console.log("READY");
  await Promise.all(
    ids.map(async (id) => {
      const task = await new ServerTaskWaiter(client, "Default").waitForServerTaskToComplete(
        id, interval, 600000);
      console.log("RETURNED", id, Date.now(), task.State);
    }));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error("ERROR", e && e.message ? e.message : e);
    process.exit(2);
  });
