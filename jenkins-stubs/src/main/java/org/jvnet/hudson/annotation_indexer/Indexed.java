package org.jvnet.hudson.annotation_indexer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Meta-annotation: uses of the annotated annotation are listed in {@code
 * META-INF/annotations/<annotation>} (written here by this module's {@code IndexedProcessor}).
 *
 * @since annotation-indexer 1.0 (1.213.v92788b_1f0a_21 ships with Jenkins 2.555.3)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Indexed {
    Class<? extends Validator>[] validators() default {};
}
