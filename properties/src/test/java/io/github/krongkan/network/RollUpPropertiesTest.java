package io.github.krongkan.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.money.Baht;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Roll-up preserves totals and does not depend on the order of its input, for random directories. */
class RollUpPropertiesTest {

    /** Lists of {@code min} to {@code max} values, whatever the size (the length shrinks towards {@code min}). */
    private static <T> Gen<List<T>> lists(Gen<T> element, int min, int max) {
        return (random, size) -> {
            int length = random.nextInt(min, max + 1);
            List<T> values = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                values.add(element.next(random, size));
            }
            return List.copyOf(values);
        };
    }

    /** Shapes: up to 4 offices, each with up to 4 networks, each with up to 6 schools. */
    private static Gen<List<List<Integer>>> shapes() {
        return lists(lists(Gen.ints(0, 6), 0, 4), 0, 4);
    }

    /** Values, assigned to schools in directory order; those beyond the schools go to unknown ids. */
    private static Gen<List<Long>> values() {
        return lists(Gen.longs(-1_000_000_000_000L, 1_000_000_000_000L), 0, 100);
    }

    /** A directory's shape, values for its schools and an order to put them in. */
    private record Case(List<List<Integer>> shape, List<Long> values, List<Integer> order) {}

    private static Gen<Case> cases() {
        return (random, size) -> {
            List<List<Integer>> shape = shapes().next(random, size);
            List<Long> values = values().next(random, size);
            return new Case(shape, values, permutation(values.size(), random));
        };
    }

    /** A random order of the indexes 0 to n - 1 (Fisher–Yates). */
    static List<Integer> permutation(int n, RandomGenerator random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        for (int i = n - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        return List.copyOf(order);
    }

    static NetworkDirectory directory(List<List<Integer>> shape) {
        List<Office> offices = new ArrayList<>();
        int school = 0;
        int network = 0;
        for (int o = 0; o < shape.size(); o++) {
            String officeId = "office-" + o;
            List<Network> networks = new ArrayList<>();
            for (int size : shape.get(o)) {
                List<School> members = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    members.add(School.of("s" + school++, "โรงเรียน " + school));
                }
                networks.add(Network.numbered(officeId, ++network, members));
            }
            offices.add(Office.of(officeId, "สำนักงาน " + o, OfficeKind.OTHER, networks));
        }
        return NetworkDirectory.of(offices);
    }

    static <T> Map<String, T> assign(NetworkDirectory directory, List<Long> values, Function<Long, T> as) {
        Map<String, T> bySchool = new LinkedHashMap<>();
        List<School> schools = directory.schools();
        for (int i = 0; i < values.size(); i++) {
            String id = i < schools.size() ? schools.get(i).id() : "unknown-" + i;
            bySchool.put(id, as.apply(values.get(i)));
        }
        return bySchool;
    }

    /** The map's entries in an order: the entry at {@code order.get(i)} comes i-th. */
    static <T> Map<String, T> shuffled(Map<String, T> map, List<Integer> order) {
        List<Map.Entry<String, T>> entries = new ArrayList<>(map.entrySet());
        Map<String, T> result = new LinkedHashMap<>();
        order.forEach(i -> result.put(entries.get(i).getKey(), entries.get(i).getValue()));
        return result;
    }

    private static long sum(Iterable<Long> values) {
        long total = 0;
        for (long v : values) {
            total = Math.addExact(total, v);
        }
        return total;
    }

    @Test
    void countRollUpPreservesTotals() {
        Property.forAll(cases()).examples(1000).check(c -> {
            NetworkDirectory directory = directory(c.shape());
            List<Long> values = c.values();
            Map<String, Long> input = assign(directory, values, v -> v);
            RollUp<Long> rollUp = directory.rollUpCounts(input);

            long known = sum(input.entrySet().stream()
                    .filter(e -> directory.school(e.getKey()).isPresent())
                    .map(Map.Entry::getValue)
                    .toList());
            assertThat(sum(rollUp.bySchool().values())).isEqualTo(known);
            assertThat(sum(rollUp.byNetwork().values())).isEqualTo(known);
            assertThat(sum(rollUp.byOffice().values())).isEqualTo(known);
            assertThat(rollUp.total()).contains(known);
            assertThat(rollUp.byNetwork()).hasSize(directory.networkCount());
            assertThat(rollUp.byOffice()).hasSize(directory.officeCount());
            // Nothing is lost: known values plus unknown values are the input.
            Map<String, Long> back = new LinkedHashMap<>(rollUp.bySchool());
            back.putAll(rollUp.unknownSchools());
            assertThat(back).isEqualTo(input);
            assertThat(rollUp.unknownSchools().keySet())
                    .allMatch(id -> directory.school(id).isEmpty());
            // Each network is the sum of its members, each office the sum of its networks.
            for (Network network : directory.networks()) {
                assertThat(rollUp.byNetwork().get(network.id()))
                        .isEqualTo(sum(network.schoolIds().stream()
                                .filter(input::containsKey)
                                .map(input::get)
                                .toList()));
            }
            for (Office office : directory.offices()) {
                assertThat(rollUp.byOffice().get(office.id()))
                        .isEqualTo(sum(office.networks().stream()
                                .map(n -> rollUp.byNetwork().get(n.id()))
                                .toList()));
            }
        });
    }

    @Test
    void bahtRollUpPreservesTotals() {
        Property.forAll(cases()).examples(1000).check(c -> {
            NetworkDirectory directory = directory(c.shape());
            List<Long> values = c.values();
            Map<String, Baht> input = assign(directory, values, Baht::ofSatang);
            RollUp<Baht> rollUp = directory.rollUpBaht(input);

            Baht known = Baht.sum(input.entrySet().stream()
                    .filter(e -> directory.school(e.getKey()).isPresent())
                    .map(Map.Entry::getValue)
                    .toList());
            assertThat(Baht.sum(rollUp.bySchool().values())).isEqualTo(known);
            assertThat(Baht.sum(rollUp.byNetwork().values())).isEqualTo(known);
            assertThat(Baht.sum(rollUp.byOffice().values())).isEqualTo(known);
            assertThat(rollUp.total()).contains(known);
            assertThat(Baht.sum(rollUp.unknownSchools().values()).plus(known)).isEqualTo(Baht.sum(input.values()));
        });
    }

    @Test
    void rollUpDoesNotDependOnInputOrder() {
        Property.forAll(cases()).examples(1000).check(c -> {
            NetworkDirectory directory = directory(c.shape());
            List<Long> values = c.values();
            Map<String, Long> input = assign(directory, values, v -> v);
            Map<String, Long> reordered = shuffled(input, c.order());

            RollUp<Long> a = directory.rollUpCounts(input);
            RollUp<Long> b = directory.rollUpCounts(reordered);
            assertThat(b).isEqualTo(a);
            assertThat(List.copyOf(b.bySchool().keySet()))
                    .isEqualTo(List.copyOf(a.bySchool().keySet()));
            assertThat(List.copyOf(b.byNetwork().keySet()))
                    .isEqualTo(List.copyOf(a.byNetwork().keySet()));
            assertThat(List.copyOf(b.unknownSchools().keySet()))
                    .isEqualTo(List.copyOf(a.unknownSchools().keySet()));

            // Even a combine that is not commutative gives the same result: values meet in directory order.
            Map<String, String> text = assign(directory, values, String::valueOf);
            RollUp<String> concatenated = directory.rollUp(text, (x, y) -> x + "," + y);
            assertThat(directory.rollUp(shuffled(text, c.order()), (x, y) -> x + "," + y))
                    .isEqualTo(concatenated);
        });
    }
}
