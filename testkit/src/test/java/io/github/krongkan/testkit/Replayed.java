package io.github.krongkan.testkit;

/**
 * A generated value and what its generator gives again on the very same choices. The testkit
 * promises that a generator is deterministic (the same seed and size, the same value); that holds
 * when a generator is a function of its draws alone, which this checks on the runner's recorded
 * source, so that a generator that breaks the promise is reported with a shrunk example.
 *
 * @param <T>   the type of the values
 * @param value the value generated
 * @param again the value the generator gives when its choices are replayed
 */
record Replayed<T>(T value, T again) {
    /**
     * Each value of a generator, and the same generator run again on the choices it made.
     *
     * @param <T> the type of the values
     * @param gen the generator
     * @return the generator of pairs
     */
    static <T> Gen<Replayed<T>> of(Gen<T> gen) {
        return (random, size) -> {
            Choices choices = Choices.recording(random);
            T value = gen.next(choices, size);
            return new Replayed<>(value, gen.next(Choices.replaying(choices.choices()), size));
        };
    }
}
