package io.jenkins.plugins.freight.server.root;

import io.jenkins.plugins.freight.server.http.Links;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The link templates of the root document and of space roots (RFC 6570), in the names and shapes
 * Octopus clients look up. Space-scoped links carry a concrete space id.
 */
final class ApiLinks {

    /** The Freight extension: long-poll for a task's news. */
    static final String TASK_FOLLOW = "FreightTaskFollow";

    /** The Freight extension: declarative configuration of a space. */
    static final String APPLY = "FreightApply";

    private ApiLinks() {}

    static Map<String, String> system(Links l) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Self", l.api(""));
        links.put("Spaces", l.api("/spaces{/id}{?skip,ids,take,partialName}"));
        links.put("SpaceHome", l.api("/{spaceId}"));
        links.put("CurrentUser", l.api("/users/me"));
        links.put("Users", l.api("/users{/id}{?skip,take,ids,filter}"));
        links.put(
                "Tasks",
                l.api(
                        "/tasks{/id}{?skip,active,environment,tenant,runbook,project,name,node,"
                                + "running,states,hasPendingInterruptions,hasWarningsOrErrors,take,"
                                + "ids,partialName,spaces,includeSystem}"));
        links.put("TaskTypes", l.api("/tasks/taskTypes"));
        links.put(TASK_FOLLOW, l.api("/tasks/{id}/follow{?after,timeout}"));
        links.put("Teams", l.api("/teams{/id}{?skip,take,ids,partialName,spaces,includeSystem}"));
        links.put("UserRoles", l.api("/userroles{/id}{?skip,take,ids,partialName}"));
        links.put(
                "ScopedUserRoles",
                l.api("/scopeduserroles{/id}{?skip,take,ids,partialName,spaces,includeSystem}"));
        links.put("PermissionDescriptions", l.api("/permissions/all"));
        links.put(
                "Events",
                l.api(
                        "/events{/id}{?skip,regarding,regardingAny,user,users,projects,"
                                + "projectGroups,environments,eventGroups,eventCategories,"
                                + "eventAgents,tags,tenants,from,to,internal,fromAutoId,toAutoId,"
                                + "documentTypes,asCsv,take,ids,spaces,includeSystem,"
                                + "excludeDifference}"));
        links.put("EventCategories", l.api("/events/categories{?appliesTo}"));
        links.put("EventGroups", l.api("/events/groups{?appliesTo}"));
        links.put("EventAgents", l.api("/events/agents"));
        links.put("EventDocumentTypes", l.api("/events/documenttypes"));
        links.put(APPLY, l.api("/apply{?dryRun}"));
        links.put("Web", l.base() + "/app");
        return links;
    }

    static Map<String, String> space(Links l, String spaceId) {
        String s = "/" + Links.segment(spaceId);
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Self", l.api(s));
        links.put("SpaceHome", l.api(s));
        links.put(
                "Projects",
                l.api(
                        s
                                + "/projects{/id}{?name,skip,ids,clone,take,partialName,"
                                + "clonedFromProjectId}"));
        links.put("ProjectGroups", l.api(s + "/projectgroups{/id}{?skip,take,ids,partialName}"));
        links.put("Environments", l.api(s + "/environments{/id}{?name,skip,ids,take,partialName}"));
        links.put("Channels", l.api(s + "/channels{/id}{?skip,take,ids,partialName}"));
        links.put(
                "Tenants",
                l.api(
                        s
                                + "/tenants{/id}{?skip,projectId,name,tags,take,ids,clone,"
                                + "partialName,clonedFromTenantId}"));
        links.put("Lifecycles", l.api(s + "/lifecycles{/id}{?skip,take,ids,partialName,name}"));
        links.put(
                "Machines",
                l.api(
                        s
                                + "/machines{/id}{?skip,take,name,ids,partialName,roles,isDisabled,"
                                + "healthStatuses,commStyles,tenantIds,tenantTags,environmentIds,"
                                + "thumbprint,deploymentId,shellNames}"));
        links.put("WorkerPools", l.api(s + "/workerpools{/id}{?skip,take,ids,partialName,name}"));
        links.put(
                "Workers",
                l.api(
                        s
                                + "/workers{/id}{?skip,take,name,ids,partialName,isDisabled,"
                                + "healthStatuses,commStyles,workerPoolIds}"));
        links.put("DiscoverMachine", l.api(s + "/machines/discover{?host,port,type}"));
        links.put("DeploymentProcesses", l.api(s + "/deploymentprocesses{/id}{?skip,take,ids}"));
        links.put("Variables", l.api(s + "/variables{/id}{?ids}"));
        links.put(
                "VariablePreview",
                l.api(
                        s
                                + "/variables/preview{?project,runbook,environment,channel,"
                                + "tenant,action,machine,role}"));
        links.put(
                "LibraryVariables",
                l.api(s + "/libraryvariablesets{/id}{?skip,contentType,take,ids,partialName}"));
        links.put("Releases", l.api(s + "/releases{/id}{?skip,ignoreChannelRules,take,ids}"));
        links.put(
                "Deployments",
                l.api(
                        s
                                + "/deployments{/id}{?skip,take,ids,projects,environments,tenants,"
                                + "channels,taskState,partialName}"));
        links.put(
                "Tasks",
                l.api(
                        s
                                + "/tasks{/id}{?skip,active,environment,tenant,runbook,project,name,"
                                + "node,running,states,hasPendingInterruptions,hasWarningsOrErrors,"
                                + "take,ids,partialName}"));
        links.put(
                "Interruptions",
                l.api(s + "/interruptions{/id}{?skip,take,regarding,pendingOnly,ids}"));
        links.put("Feeds", l.api(s + "/feeds{/id}{?skip,take,ids,partialName,feedType,name}"));
        links.put(
                "Packages",
                l.api(
                        s
                                + "/packages{/id}{?nuGetPackageId,filter,latest,skip,take,"
                                + "includeNotes}"));
        links.put("PackageUpload", l.api(s + "/packages/raw{?replace,overwriteMode}"));
        links.put(
                "BuildInformation",
                l.api(
                        s
                                + "/build-information{/id}{?filter,packageId,latest,skip,take,"
                                + "overwriteMode}"));
        links.put(TASK_FOLLOW, l.api(s + "/tasks/{id}/follow{?after,timeout}"));
        links.put(APPLY, l.api(s + "/apply{?dryRun}"));
        return links;
    }
}
