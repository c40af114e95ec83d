package io.github.krongkan.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of krongkan, applied in each model package's {@code package-info.java}.
 *
 * <p>Value types are public abstract classes with accessors without {@code get} prefixes; the
 * generated {@code Immutable*} classes stay package-private ({@code overshadowImplementation}), so
 * the public API shows only the abstract type, its static factories and its nested
 * {@code Builder}. The generated builder is package-private too ({@code builderVisibility =
 * PACKAGE}) and each type's public {@code Builder} extends it: javac then gives the public builder
 * the methods as its own, and Javadoc documents them, with the generated comments, on the public
 * builder's page instead of listing only inherited names. Generated classes carry no {@code @Generated} annotation, so code compiled
 * against krongkan needs no Immutables jar. Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        depluralize = true,
        depluralizeDictionary = {"class:classes"},
        jdkOnly = true,
        typeAbstract = "*",
        typeImmutable = "Immutable*",
        // Only @Override: no @Generated annotation whose class users would lack on their classpath.
        allowedClasspathAnnotations = {Override.class})
public @interface KrongkanStyle {}
