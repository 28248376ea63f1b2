package hudson;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jenkins.YesNoMaybe;
import net.java.sezpoz.Indexable;

/**
 * Marks an extension; SezPoz writes {@code META-INF/annotations/hudson.Extension} for it.
 *
 * @since 1.286
 */
@Indexable
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface Extension {
    /**
     * @since 1.306
     */
    double ordinal() default 0;

    /**
     * @since 1.358
     * @deprecated as in Jenkins
     */
    @Deprecated
    boolean optional() default false;

    /**
     * @since 1.442
     */
    YesNoMaybe dynamicLoadable() default YesNoMaybe.MAYBE;
}
