/**
 * Generators of valid krongkan values for property-based tests: money, fiscal dates, schools and
 * networks, risk matrices and risks, indicators and measurements, whole projects and their lives
 * ({@link io.github.krongkan.testkit.LifecycleGens}).
 *
 * <p>Everything is built on one small interface, {@link io.github.krongkan.testkit.Gen}: a function
 * from a {@link java.util.random.RandomGenerator} and a size to a value. It depends on no testing
 * framework, so it plugs into any of them (see {@code docs/testing.md}):
 * <ul>
 *   <li>plain JUnit with the testkit's runner, which shrinks failures:
 *       {@code Property.forAll(ProjectGens.projects()).check(p -> ...)} ({@link io.github.krongkan.testkit.Property},
 *       {@link io.github.krongkan.testkit.Shrinker}, {@link io.github.krongkan.testkit.Choices});</li>
 *   <li>a plain loop: {@code for (Project p : ProjectGens.projects().samples(seed, 1000)) { ... }};</li>
 *   <li>QuickTheories: {@code Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(ProjectGens.projects()::sample)},
 *       and {@code Shrinker.shrink(gen, seed, size, fails)} to shrink a failure;</li>
 *   <li>jqwik: {@code Arbitraries.fromGeneratorWithSize(size -> random ->
 *       Shrinkable.unshrinkable(ProjectGens.projects().next(random, size)))}.</li>
 * </ul>
 *
 * <p><b>Promises.</b> Every generated value is valid: the builders accept it, and a generated
 * project also passes the project's own cross-checks (ratings within its risk matrix, indicator links
 * to existing targets, unique ids). The same seed and size always give the same value. The size
 * (0 to {@value io.github.krongkan.testkit.Gen#MAX_SIZE}) bounds list lengths and magnitudes; size 0
 * gives the smallest values. Edge cases (zero denominators, 0 % and 100 %, 30 September and
 * 1 October, ±1 satang, empty lists, the smallest and largest fiscal years) are mixed in at about
 * {@value io.github.krongkan.testkit.Gen#EDGE_CASE_RATE} of draws.
 *
 * <p>Generated values are valid, not necessarily clean: a project may well have findings (a stated
 * risk level that disagrees, a percentage numerator above its denominator), which is what a rule
 * under test needs to see.
 */
package io.github.krongkan.testkit;
