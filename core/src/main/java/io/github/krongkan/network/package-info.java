/**
 * Schools, school networks and the offices that own them, with size classes by enrolment and
 * roll-up of per-school values to networks and offices.
 *
 * <p><b>Model.</b> An {@link io.github.krongkan.network.Office} (a BMA district office
 * สำนักงานเขต, an OBEC area office สพป./สพม., or another unit) owns
 * {@link io.github.krongkan.network.Network networks} (เครือข่ายโรงเรียน / กลุ่มโรงเรียน), each an
 * ordered list of member {@link io.github.krongkan.network.School schools}. A
 * {@link io.github.krongkan.network.NetworkDirectory} indexes a set of offices and answers "which
 * network is this school in", "which office owns this network", and rolls per-school values up
 * to networks and offices ({@link io.github.krongkan.network.RollUp}). School sizes
 * (ขนาดโรงเรียน) are data: a {@link io.github.krongkan.network.SizeScheme} is a list of
 * {@link io.github.krongkan.network.SizeClass size classes} whose enrolment ranges partition
 * [1, ∞); OBEC's primary and secondary four-class schemes are presets.
 *
 * <p><b>Impossible is refused, suspicious is reported later.</b> Construction rejects what
 * cannot be true, with an {@link java.lang.IllegalArgumentException} from the factory or builder
 * whose message names the field: a blank id or name, a negative enrolment, duplicate school ids
 * in a network, a coordinator school that is not a member, a school in two networks of one
 * directory, a size scheme with gaps or overlaps. What is merely suspicious (a stated size class
 * that disagrees with the enrolment, an empty network, a network of one school) is accepted here
 * and left to the checks of another package, which report it without refusing the document.
 *
 * <p><b>Ids.</b> Every school, network and office has a non-blank string id without leading or
 * trailing white space (an OBEC school code, a BMA network number, a local id). Ids are compared
 * exactly; this package never guesses that two differently written ids mean the same thing.
 *
 * <p>All types are immutable and safe to share between threads.
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.network;
