package io.jenkins.plugins.freight.plugin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.plugin.config.EmbeddedServer;
import io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration;
import io.jenkins.plugins.freight.plugin.config.RemoteServer;
import io.jenkins.plugins.freight.plugin.credentials.FreightServerBinding;
import io.jenkins.plugins.freight.plugin.freestyle.FreightAwaitRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightBuildInfoBuilder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightCreateReleaseRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightDeployRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPackBuilder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPromoteRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPushBuilder;
import io.jenkins.plugins.freight.plugin.run.FreightBuildAction;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What Jenkins writes with XStream (the global configuration, jobs' build steps, the build's
 * action) must read back on Jenkins 2.555.x: no record anywhere in the persisted fields (XStream
 * there cannot construct records), and only plain JDK value and collection types or our own
 * classes, which Jenkins' class filter accepts from a plugin jar.
 */
class PersistedTypesTest {

    private static final List<Class<?>> PERSISTED =
            List.of(
                    FreightGlobalConfiguration.class,
                    EmbeddedServer.class,
                    RemoteServer.class,
                    FreightBuildAction.class,
                    FreightServerBinding.class,
                    FreightPackBuilder.class,
                    FreightPushBuilder.class,
                    FreightBuildInfoBuilder.class,
                    FreightCreateReleaseRecorder.class,
                    FreightDeployRecorder.class,
                    FreightAwaitRecorder.class,
                    FreightPromoteRecorder.class);

    private static final Set<String> JDK_TYPES =
            Set.of(
                    "java.lang.String",
                    "java.lang.Boolean",
                    "java.lang.Integer",
                    "java.lang.Long",
                    "java.util.List",
                    "java.util.ArrayList",
                    "java.util.Map",
                    "java.util.LinkedHashMap");

    @Test
    void persistedFieldsHoldNoRecordAndOnlyTypesJenkinsReadsBack() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> type : PERSISTED) {
            check(type, type.getSimpleName(), problems, seen);
        }
        assertThat(problems).isEmpty();
        assertThat(seen).hasSizeGreaterThan(PERSISTED.size());
    }

    private static void check(
            Class<?> type, String where, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type.isRecord()) {
            problems.add(where + ": " + type.getName() + " is a record");
            return;
        }
        for (Class<?> c = type;
                c != null && c.getName().startsWith("io.jenkins.plugins.freight.");
                c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m)) {
                    continue;
                }
                field(f.getGenericType(), where + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void field(Type type, String where, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            field(p.getRawType(), where, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                field(argument, where + "<>", problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            problems.add(where + ": " + type + " is not a concrete type");
            return;
        }
        if (c.isPrimitive() || JDK_TYPES.contains(c.getName())) {
            return;
        }
        if (c.getName().startsWith("io.jenkins.plugins.freight.plugin.")) {
            check(c, where, problems, seen);
            return;
        }
        problems.add(where + ": " + c.getName() + " is neither a plain JDK type nor ours");
    }
}
