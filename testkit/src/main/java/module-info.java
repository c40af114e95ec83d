/**
 * krongkan testkit: seeded, size-aware generators of valid krongkan values for property-based
 * tests, built on {@link java.util.random.RandomGenerator} and usable from any property-testing
 * library or a plain loop.
 */
module io.github.krongkan.testkit {
    requires transitive io.github.krongkan.core;

    exports io.github.krongkan.testkit;
}
