// The official Octopus TypeScript client, unchanged, against a Freight server: push a package,
// create a release, deploy it and wait for the deployment's task. Prints one STATE line per task.
const {
  Client,
  DeploymentRepository,
  OverwriteMode,
  PackageRepository,
  ReleaseRepository,
  ServerTaskWaiter,
} = require("@octopusdeploy/api-client");

async function main() {
  const space = "Default";
  const project = process.env.FREIGHT_PROJECT;
  const client = await Client.create({
    instanceURL: process.env.FREIGHT_URL,
    apiKey: process.env.FREIGHT_API_KEY,
    userAgentApp: "freight-acceptance",
  });
  await new PackageRepository(client, space).push([process.env.FREIGHT_PACKAGE_FILE], OverwriteMode.FailIfExists);
  console.log("PUSHED");
  const release = await new ReleaseRepository(client, space).create({
    spaceName: space,
    ProjectName: project,
    ReleaseVersion: process.env.FREIGHT_RELEASE_VERSION,
    PackageVersion: process.env.FREIGHT_PACKAGE_VERSION,
  });
  console.log("RELEASE", release.ReleaseId, release.ReleaseVersion);
  const deployment = await new DeploymentRepository(client, space).create({
    spaceName: space,
    ProjectName: project,
    ReleaseVersion: release.ReleaseVersion,
    EnvironmentNames: ["Dev"],
  });
  const taskIds = deployment.DeploymentServerTasks.map((t) => t.ServerTaskId);
  console.log("TASKS", taskIds.join(","));
  const tasks = await new ServerTaskWaiter(client, space).waitForServerTasksToComplete(
    taskIds, 1000, 120000, (t) => console.log("POLL", t.Id, t.State));
  for (const t of tasks) {
    console.log("STATE", t.Id, t.State);
  }
  return tasks.length === taskIds.length && tasks.every((t) => t.State === "Success") ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error("ERROR", e && e.message ? e.message : e);
    process.exit(2);
  });
