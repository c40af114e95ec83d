package io.github.krongkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.krongkan.network.Network;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.RollUp;
import io.github.krongkan.network.School;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of indicator calculations over random inputs. */
class IndicatorPropertiesTest {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Indicator PERCENT = IndicatorTest.seed000Kpi();

    /** A random non-negative decimal with 0 to 3 decimal places, sometimes very large. */
    private static BigDecimal amount(SplittableRandom random) {
        long unscaled = random.nextInt(4) == 0 ? random.nextLong(0, Long.MAX_VALUE) : random.nextLong(0, 10_000);
        return BigDecimal.valueOf(unscaled, random.nextInt(4));
    }

    @Test
    void ratioIsBetweenZeroAndHundredWhenTheNumeratorIsAtMostTheDenominator() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            BigDecimal denominator = random.nextInt(10) == 0 ? BigDecimal.ZERO : amount(random);
            BigDecimal numerator = switch (random.nextInt(4)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> denominator;
                default ->
                    denominator
                            .multiply(BigDecimal.valueOf(random.nextDouble()))
                            .setScale(denominator.scale(), RoundingMode.DOWN);
            };
            Optional<BigDecimal> value = PERCENT.value(Measurement.of(numerator, denominator));
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

    /** A directory of up to 3 offices × 3 networks × 5 schools, from a seed. */
    static NetworkDirectory directory(SplittableRandom random) {
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

    @Test
    void rollUpOfRatiosEqualsRatioOfSums() {
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            NetworkDirectory directory = directory(random);
            Map<String, Measurement> bySchool = new LinkedHashMap<>();
            for (School s : directory.schools()) {
                if (random.nextInt(8) > 0) {
                    long den = random.nextInt(5) == 0 ? 0 : random.nextLong(1, 2_000);
                    bySchool.put(s.id(), Measurement.of(random.nextLong(0, den + 1), den));
                }
            }
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

    @Test
    void measurementSumIsAssociativeAndCommutative() {
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            Measurement a = randomRaw(random);
            Measurement b = randomRaw(random);
            Measurement c = randomRaw(random);
            assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
            assertThat(a.plus(b)).isEqualTo(b.plus(a));
        });
    }

    private static Measurement randomRaw(SplittableRandom random) {
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

    @Test
    void metAndAttainmentAgreeWithTheDirection() {
        qt().withExamples(5000)
                .forAll(longs().all(), integers().between(0, Direction.values().length - 1))
                .checkAssert((seed, d) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    Direction direction = Direction.values()[d];
                    BigDecimal target = random.nextInt(10) == 0
                            ? BigDecimal.ZERO
                            : BigDecimal.valueOf(random.nextLong(-500, 100_000), random.nextInt(3));
                    BigDecimal value = switch (random.nextInt(4)) {
                        case 0 -> target;
                        case 1 -> target.negate();
                        case 2 -> target.add(BigDecimal.valueOf(random.nextLong(-3, 4), 7));
                        default -> BigDecimal.valueOf(random.nextLong(-100_000, 100_000), random.nextInt(4));
                    };
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
                    boolean defined = direction == Direction.AT_MOST
                            ? value.signum() > 0 && target.signum() >= 0
                            : target.signum() > 0;
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
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<Measurement> quarters = new ArrayList<>();
            long sum = 0;
            long last = -1;
            for (int q = 1; q <= 4; q++) {
                if (random.nextBoolean()) {
                    long n = random.nextLong(0, 1000);
                    quarters.add(Measurement.builder()
                            .period(year.quarter(q))
                            .numerator(BigDecimal.valueOf(n))
                            .build());
                    sum += n;
                    last = n;
                }
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
