package io.github.krongkan.project;

import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import java.util.List;
import org.immutables.value.Value;

/**
 * Many projects, with the offices, networks and schools they belong to: what a district office,
 * an area office or a whole ministry keeps.
 *
 * <p>{@link #offices()} may be empty; when given, they form a {@link NetworkDirectory} (so an
 * office id, a network id or a school appears once) that roll-ups from schools to networks to
 * offices use.
 */
@Value.Immutable
public abstract class Portfolio {
    Portfolio() {}

    /**
     * The projects, in order.
     *
     * @return the projects, possibly empty
     */
    public abstract List<Project> projects();

    /**
     * The offices with their networks and schools.
     *
     * @return the offices, possibly empty
     */
    public abstract List<Office> offices();

    /**
     * The directory of {@link #offices()}: which network and office each school belongs to.
     *
     * @return the directory; empty when there are no offices
     */
    @Value.Lazy
    public NetworkDirectory directory() {
        return NetworkDirectory.of(offices());
    }

    /**
     * A portfolio of projects without a directory.
     *
     * @param projects the projects
     * @return the portfolio
     */
    public static Portfolio of(List<Project> projects) {
        return builder().addAllProjects(projects).build();
    }

    /**
     * A builder for a portfolio.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Portfolio}; {@code build()} validates the directory.
     *
     * <p>No attribute is required: every attribute is optional, a list or has a default.
     */
    public static final class Builder extends ImmutablePortfolio.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        NetworkDirectory.of(offices());
    }
}
