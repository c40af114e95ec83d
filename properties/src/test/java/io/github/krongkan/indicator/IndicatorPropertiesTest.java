package io.github.krongkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.network.Network;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.RollUp;
import io.github.krongkan.network.School;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.NetworkGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Properties of indicator calculations over random inputs. */
class IndicatorPropertiesTest {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A percentage of schools, as seed 000's KPI states it: numerator × 100 / denominator, at least 90. */
    private static final Indicator PERCENT = Indicator.builder()
            .name("ร้อยละของโรงเรียนในเครือข่ายที่มีผลงานตามเกณฑ์ที่กำหนด")
            .type(IndicatorType.OUTPUT)
            .measure(Measure.PERCENTAGE)
            .unit(IndicatorUnit.PERCENT)
            .formula(Formula.percentage())
            .direction(Direction.AT_LEAST)
            .addTarget(IndicatorTarget.of(BigDecimal.valueOf(90)))
            .build();

    /** A random non-negative decimal with 0 to 3 decimal places, sometimes very large. */
    private static BigDecimal amount(RandomGenerator random) {
        long unscaled = random.nextInt(4) == 0 ? random.nextLong(0, Long.MAX_VALUE) : random.nextLong(0, 10_000);
        return BigDecimal.valueOf(unscaled, random.nextInt(4));
    }

    @Test
    void ratioIsBetweenZeroAndHundredWhenTheNumeratorIsAtMostTheDenominator() {
        Gen<Measurement> ratios = (random, size) -> {
            BigDecimal denominator = random.nextInt(10) == 0 ? BigDecimal.ZERO : amount(random);
            BigDecimal numerator = switch (random.nextInt(4)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> denominator;
                default ->
                    denominator
                            .multiply(BigDecimal.valueOf(random.nextDouble()))
                            .setScale(denominator.scale(), RoundingMode.DOWN);
            };
            return Measurement.of(numerator, denominator);
        };
        Property.forAll(ratios).examples(2000).check(measurement -> {
            BigDecimal numerator = measurement.numerator().orElseThrow();
            BigDecimal denominator = measurement.denominator().orElseThrow();
            Optional<BigDecimal> value = PERCENT.value(measurement);
            if (denominator.signum() == 0) {
                assertThat(value).isEmpty();
            } else {
                assertThat(value).get().satisfies(v -> {
                    assertThat(v).isBetween(BigDecimal.ZERO, HUNDRED);
                    assertThat(v.compareTo(HUNDRED) == 0).isEqualTo(numerator.compareTo(denominator) == 0);
                    assertThat(v.signum() == 0).isEqualTo(numerator.signum() == 0);
                });
            }
        });
    }

    /** A directory of up to 3 offices × 3 networks × 5 schools. */
    static NetworkDirectory directory(RandomGenerator random) {
        List<Office> offices = new ArrayList<>();
        int school = 0;
        int network = 0;
        for (int o = random.nextInt(0, 4); o > 0; o--) {
            String officeId = "office-" + o;
            List<Network> networks = new ArrayList<>();
            for (int n = random.nextInt(0, 4); n > 0; n--) {
                List<School> members = new ArrayList<>();
                for (int s = random.nextInt(0, 6); s > 0; s--) {
                    members.add(School.of("s" + school++, "โรงเรียน"));
                }
                networks.add(Network.numbered(officeId, ++network, members));
            }
            offices.add(Office.of(officeId, "สำนักงาน", OfficeKind.OTHER, networks));
        }
        return NetworkDirectory.of(offices);
    }

    /** A directory and the measurements of some of its schools. */
    private record Schools(NetworkDirectory directory, Map<String, Measurement> bySchool) {}

    @Test
    void rollUpOfRatiosEqualsRatioOfSums() {
        Gen<NetworkDirectory> own = (random, size) -> directory(random);
        Gen<NetworkDirectory> directories = Gen.anyOf(List.of(own, own, NetworkGens.directories()));
        Gen<Schools> schools = (random, size) -> {
            NetworkDirectory directory = directories.next(random, size);
            Map<String, Measurement> bySchool = new LinkedHashMap<>();
            for (School s : directory.schools()) {
                if (random.nextInt(8) > 0) {
                    long den = random.nextInt(5) == 0 ? 0 : random.nextLong(1, 2_000);
                    bySchool.put(s.id(), Measurement.of(random.nextLong(0, den + 1), den));
                }
            }
            return new Schools(directory, bySchool);
        };
        Property.forAll(schools).examples(1000).check(c -> {
            NetworkDirectory directory = c.directory();
            Map<String, Measurement> bySchool = c.bySchool();
            RollUp<Optional<BigDecimal>> values = PERCENT.rollUpValues(directory, bySchool);
            for (Network network : directory.networks()) {
                List<Measurement> members = network.schoolIds().stream()
                        .filter(bySchool::containsKey)
                        .map(bySchool::get)
                        .toList();
                assertThat(values.byNetwork().get(network.id()))
                        .isEqualTo(members.isEmpty() ? null : ratioOfSums(members));
            }
            for (Office office : directory.offices()) {
                List<Measurement> members = office.networks().stream()
                        .flatMap(n -> n.schoolIds().stream())
                        .filter(bySchool::containsKey)
                        .map(bySchool::get)
                        .toList();
                assertThat(values.byOffice().get(office.id()))
                        .isEqualTo(members.isEmpty() ? null : ratioOfSums(members));
            }
            assertThat(values.total())
                    .isEqualTo(
                            bySchool.isEmpty()
                                    ? Optional.empty()
                                    : Optional.of(ratioOfSums(List.copyOf(bySchool.values()))));
        });
    }

    private static Optional<BigDecimal> ratioOfSums(List<Measurement> members) {
        long num = members.stream()
                .mapToLong(m -> m.numerator().get().longValueExact())
                .sum();
        long den = members.stream()
                .mapToLong(m -> m.denominator().get().longValueExact())
                .sum();
        if (den == 0) {
            return Optional.empty();
        }
        return Optional.of(
                plain(BigDecimal.valueOf(num * 100).divide(BigDecimal.valueOf(den), 6, RoundingMode.HALF_UP)));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Three measurements. */
    private record Three(Measurement a, Measurement b, Measurement c) {}

    @Test
    void measurementSumIsAssociativeAndCommutative() {
        Gen<Measurement> raws = (random, size) -> randomRaw(random);
        Gen<Three> threes =
                (random, size) -> new Three(raws.next(random, size), raws.next(random, size), raws.next(random, size));
        Property.forAll(threes).examples(1000).check(three -> {
            Measurement a = three.a();
            Measurement b = three.b();
            Measurement c = three.c();
            assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
            assertThat(a.plus(b)).isEqualTo(b.plus(a));
        });
    }

    private static Measurement randomRaw(RandomGenerator random) {
        Measurement.Builder b = Measurement.builder();
        if (random.nextInt(5) > 0) {
            b.numerator(amount(random));
        }
        if (random.nextInt(5) > 0) {
            b.denominator(amount(random));
        }
        if (random.nextBoolean()) {
            b.period(FiscalYear.ofBuddhistEra(2569).quarter(random.nextInt(1, 3)));
        }
        return b.build();
    }

    /** A direction, a target and a value to compare with it. */
    private record Aim(Direction direction, BigDecimal target, BigDecimal value) {}

    @Test
    void metAndAttainmentAgreeWithTheDirection() {
        Gen<Direction> directions = Gen.enums(Direction.class);
        Gen<Aim> aims = (random, size) -> {
            Direction direction = directions.next(random, size);
            BigDecimal target = random.nextInt(10) == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(random.nextLong(-500, 100_000), random.nextInt(3));
            BigDecimal value = switch (random.nextInt(4)) {
                case 0 -> target;
                case 1 -> target.negate();
                case 2 -> target.add(BigDecimal.valueOf(random.nextLong(-3, 4), 7));
                default -> BigDecimal.valueOf(random.nextLong(-100_000, 100_000), random.nextInt(4));
            };
            return new Aim(direction, target, value);
        };
        Property.forAll(aims).examples(5000).check(aim -> {
            Direction direction = aim.direction();
            BigDecimal target = aim.target();
            BigDecimal value = aim.value();
            boolean met = direction.isMet(value, target);
            int byValue = value.compareTo(target);
            boolean expected = switch (direction) {
                case AT_LEAST, INCREASE_BY_AT_LEAST -> byValue >= 0;
                case AT_MOST -> byValue <= 0;
                case EXACTLY -> byValue == 0;
                case REDUCE_BY_AT_LEAST -> value.negate().compareTo(target) >= 0;
            };
            assertThat(met).isEqualTo(expected);
            Optional<BigDecimal> attainment = direction.attainment(value, target);
            boolean defined =
                    direction == Direction.AT_MOST ? value.signum() > 0 && target.signum() >= 0 : target.signum() > 0;
            assertThat(attainment.isPresent()).isEqualTo(defined);
            if (attainment.isPresent()) {
                boolean reached = attainment.get().compareTo(BigDecimal.ONE) >= 0;
                if (direction == Direction.EXACTLY) {
                    if (met) {
                        assertThat(attainment.get()).isEqualByComparingTo(BigDecimal.ONE);
                    }
                    if (byValue < 0) {
                        assertThat(reached).isFalse();
                    }
                } else {
                    assertThat(reached)
                            .as("attainment %s of %s against %s", attainment.get(), value, target)
                            .isEqualTo(met);
                }
                if (direction.isAscending() || direction == Direction.EXACTLY) {
                    assertThat(attainment.get()).isEqualTo(plain(value.divide(target, 6, RoundingMode.DOWN)));
                }
            }
            Indicator indicator = Indicator.builder()
                    .name("x")
                    .measure(Measure.COUNT)
                    .formula(direction.isChange() ? Formula.change(ChangeBasis.ABSOLUTE) : Formula.count())
                    .baseline(BigDecimal.ZERO)
                    .direction(direction)
                    .addTarget(IndicatorTarget.of(target))
                    .build();
            Evaluation evaluation = indicator.evaluate(value);
            assertThat(evaluation.isMet()).isEqualTo(met);
            assertThat(evaluation.attainment()).isEqualTo(attainment);
        });
    }

    @Test
    void yearValueIsTheLastPeriodWhenCumulativeAndTheSumPerPeriod() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2569);
        Gen<List<Measurement>> quarterly = (random, size) -> {
            List<Measurement> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                if (random.nextBoolean()) {
                    quarters.add(Measurement.builder()
                            .period(year.quarter(q))
                            .numerator(BigDecimal.valueOf(random.nextLong(0, 1000)))
                            .build());
                }
            }
            return List.copyOf(quarters);
        };
        Property.forAll(quarterly).examples(1000).check(quarters -> {
            long sum = 0;
            long last = -1;
            for (Measurement quarter : quarters) {
                long n = quarter.numerator().orElseThrow().longValueExact();
                sum += n;
                last = n;
            }
            for (Accumulation accumulation : Accumulation.values()) {
                Indicator indicator = Indicator.builder()
                        .name("x")
                        .measure(Measure.COUNT)
                        .formula(Formula.count())
                        .accumulation(accumulation)
                        .addAllMeasurements(quarters)
                        .build();
                Optional<Measurement> yearly = indicator.measurementFor(year);
                if (quarters.isEmpty()) {
                    assertThat(yearly).isEmpty();
                } else {
                    long expected = accumulation == Accumulation.CUMULATIVE ? last : sum;
                    assertThat(indicator.value(yearly.get())).contains(BigDecimal.valueOf(expected));
                }
            }
        });
    }
}
