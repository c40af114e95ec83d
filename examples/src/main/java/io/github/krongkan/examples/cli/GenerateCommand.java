package io.github.krongkan.examples.cli;

import io.github.krongkan.check.RuleCode;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.NationalPortfolio;
import io.github.krongkan.testkit.Plant;
import io.github.krongkan.testkit.Planted;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code krongkan generate [--projects N] [--seed S] FILE.jsonl}: writes a deterministic
 * national-size portfolio ({@link NationalPortfolio}) as JSON Lines, one compact project per line,
 * and its directory of offices, networks and schools as a portfolio document without projects
 * beside it ({@code FILE.offices.json}). The same seed and count always give the same bytes.
 *
 * <p>Both files are written to temporary files in the same directory and moved into place once
 * both are complete; success is printed only then. A failure names the file and the reason and
 * leaves no file behind; FILE must be a regular file (or not exist yet) in an existing directory.
 *
 * <p>{@code --plant CODE} writes instead N projects of {@link Plant#of(String)}, each with exactly
 * the finding of that rule code planted, and no directory file; for a rule of project records
 * ({@link RuleCode#recordRule()}) the lines are record documents of {@link Plant#record(String)}. An
 * unknown code exits 2 with the list of codes.
 */
final class GenerateCommand extends Command {
    GenerateCommand(PrintStream out, PrintStream err) {
        super(InputStream.nullInputStream(), out, err);
    }

    @Override
    int run(List<String> args) {
        int projects = NationalPortfolio.PROJECTS;
        long seed = 1;
        String file = null;
        String plant = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--projects") && i + 1 < args.size()) {
                    projects = Integer.parseInt(args.get(++i));
                    if (projects < 0) {
                        throw new NumberFormatException("negative");
                    }
                } else if (arg.equals("--seed") && i + 1 < args.size()) {
                    seed = Long.parseLong(args.get(++i));
                } else if (arg.equals("--plant") && i + 1 < args.size()) {
                    plant = args.get(++i);
                } else if (file == null && !arg.startsWith("--")) {
                    file = arg;
                } else {
                    return usage("unexpected argument \"" + arg + "\"");
                }
            }
        } catch (NumberFormatException e) {
            return usage("--projects takes a count of at least 0 and --seed a whole number");
        }
        if (file == null) {
            return usage("expected FILE.jsonl");
        }
        Gen<String> planted = null;
        if (plant != null) {
            try {
                planted = planted(plant);
            } catch (IllegalArgumentException e) {
                err.println("krongkan generate: --plant: " + e.getMessage());
                return Krongkan.UNUSABLE;
            }
        }
        Path target;
        try {
            target = FileInput.path(file);
        } catch (FileInput.Problem e) {
            return cannotWrite(file, e.getMessage());
        }
        if (target.getFileName() == null || Files.isDirectory(target)) {
            return cannotWrite(file, "it is a directory; expected FILE.jsonl");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or a pipe: writing FILE.offices.json beside it would litter /dev and the like.
            return cannotWrite(file, "it is not a regular file; generate writes FILE and FILE.offices.json beside it");
        }
        Path offices = officesFile(target);
        if (Files.exists(offices) && !Files.isRegularFile(offices)) {
            return cannotWrite(offices.toString(), "it exists and is not a regular file");
        }
        Path directory = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            return cannotWrite(file, "the directory " + directory + " does not exist");
        }
        if (planted != null) {
            return writePlanted(planted, plant.strip(), projects, seed, file, target, directory);
        }
        NationalPortfolio portfolio = NationalPortfolio.of(seed);
        NetworkDirectory networks = portfolio.directory();
        // Both files are written to temporary files beside them and moved into place at the end, so a
        // failure (a full disk) leaves neither a half-written file nor a stray one.
        Path projectsPart = null;
        Path officesPart = null;
        long bytes = 0;
        String writing = file;
        try {
            projectsPart = Files.createTempFile(directory, "." + target.getFileName() + ".", ".part");
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(projectsPart), 1 << 16)) {
                for (int i = 0; i < projects; i++) {
                    byte[] line =
                            KrongkanJson.writeCompact(portfolio.project(i)).getBytes(StandardCharsets.UTF_8);
                    stream.write(line);
                    stream.write('\n');
                    bytes += line.length + 1;
                }
            }
            writing = offices.toString();
            officesPart = Files.createTempFile(directory, "." + offices.getFileName() + ".", ".part");
            Files.writeString(
                    officesPart,
                    KrongkanJson.writePortfolio(Portfolio.builder()
                            .addAllOffices(networks.offices())
                            .build()));
            writing = file;
            move(projectsPart, target);
            projectsPart = null;
            writing = offices.toString();
            move(officesPart, offices);
            officesPart = null;
        } catch (IOException e) {
            return cannotWrite(writing, FileInput.reason(e));
        } finally {
            deleteQuietly(projectsPart);
            deleteQuietly(officesPart);
        }
        out.printf("%s: %d project(s), %.1f MB (seed %d)%n", file, projects, bytes / 1e6, seed);
        out.printf(
                "%s: %d offices, %d networks, %d schools%n",
                offices, networks.officeCount(), networks.networkCount(), networks.schoolCount());
        return Krongkan.OK;
    }

    /**
     * Writes N planted projects, the size cycling from 0 to {@link Gen#MAX_SIZE}, all drawn from one
     * random source seeded with the seed, so the same seed and N give the same bytes. No directory
     * file is written: the planted projects name no offices of it.
     */
    /** The lines of a planted code: compact projects, or compact records for a record rule. */
    private static Gen<String> planted(String code) {
        Optional<RuleCode> rule = RuleCode.find(code.strip());
        if (rule.isEmpty() || rule.get().recordRule()) {
            // Plant.record refuses an unknown code with the list of every code.
            return Plant.record(code).map(p -> KrongkanJson.writeRecordCompact(p.record()));
        }
        Gen<Planted> projects = Plant.of(rule.get());
        return projects.map(p -> KrongkanJson.writeCompact(p.project()));
    }

    private int writePlanted(
            Gen<String> planted, String code, int projects, long seed, String file, Path target, Path directory) {
        Path part = null;
        long bytes = 0;
        try {
            part = Files.createTempFile(directory, "." + target.getFileName() + ".", ".part");
            SplittableRandom random = new SplittableRandom(seed);
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                for (int i = 0; i < projects; i++) {
                    byte[] line = planted.next(random, i % (Gen.MAX_SIZE + 1)).getBytes(StandardCharsets.UTF_8);
                    stream.write(line);
                    stream.write('\n');
                    bytes += line.length + 1;
                }
            }
            move(part, target);
            part = null;
        } catch (IOException e) {
            return cannotWrite(file, FileInput.reason(e));
        } finally {
            deleteQuietly(part);
        }
        String what = RuleCode.find(code).filter(RuleCode::recordRule).isPresent() ? "record(s)" : "project(s)";
        out.printf("%s: %d %s with %s planted, %.1f MB (seed %d)%n", file, projects, what, code, bytes / 1e6, seed);
        return Krongkan.OK;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // Nothing more to do: the failure that matters has been reported.
        }
    }

    private int cannotWrite(String file, String reason) {
        err.println("krongkan generate: " + file + ": cannot write: " + reason);
        return Krongkan.UNUSABLE;
    }

    /** {@code FILE.jsonl} to {@code FILE.offices.json}. */
    static Path officesFile(Path jsonLines) {
        String name = jsonLines.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return jsonLines.resolveSibling(base + ".offices.json");
    }

    private int usage(String problem) {
        err.println("krongkan generate: " + problem + "\n\n" + Krongkan.USAGE);
        return Krongkan.UNUSABLE;
    }
}
