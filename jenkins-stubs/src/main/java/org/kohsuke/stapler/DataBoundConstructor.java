package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stapler form binding ({@code @DataBoundConstructor}).
 *
 * @since stapler 1.97 or earlier (the first tag in its history; 2076.v1b_a_c12445eb_e ships with
 *     Jenkins 2.555.3)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.CONSTRUCTOR})
@Documented
public @interface DataBoundConstructor {}
