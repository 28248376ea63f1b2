package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The specific and excluded deployment targets of a request, resolved from ids or names. A specific
 * target must belong to every environment deployed to; an excluded one only has to exist.
 */
final class TargetMachines {

    private final MachineService machines;

    TargetMachines(MachineService machines) {
        this.machines = machines;
    }

    /** The chosen targets' ids; problems go to {@code errors}. */
    record Choice(List<String> specificIds, List<String> excludedIds) {}

    Choice resolve(
            Handle h,
            String spaceId,
            CreateDeploymentRequest request,
            List<Environment> environments,
            List<String> errors) {
        List<String> specific = new ArrayList<>();
        for (Machine m : find(h, spaceId, request.specificMachines(), errors)) {
            for (Environment env : environments) {
                if (!m.environmentIds().contains(env.id())) {
                    errors.add(
                            "Deployment target "
                                    + m.name()
                                    + " is not in environment "
                                    + env.name()
                                    + ".");
                }
            }
            if (!specific.contains(m.id())) {
                specific.add(m.id());
            }
        }
        List<String> excluded = new ArrayList<>();
        for (Machine m : find(h, spaceId, request.excludedMachines(), errors)) {
            if (specific.contains(m.id())) {
                errors.add("Deployment target " + m.name() + " is both chosen and excluded.");
            }
            if (!excluded.contains(m.id())) {
                excluded.add(m.id());
            }
        }
        return new Choice(specific, excluded);
    }

    private List<Machine> find(
            Handle h, String spaceId, List<String> references, List<String> errors) {
        List<Machine> found = new ArrayList<>();
        for (String ref : references) {
            try {
                found.add(machines.require(h, spaceId, ref));
            } catch (NotFoundException e) {
                errors.add("Deployment target '" + ref + "' was not found.");
            }
        }
        return found;
    }
}
