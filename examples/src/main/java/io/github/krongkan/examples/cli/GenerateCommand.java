package io.github.krongkan.examples.cli;

import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.testkit.NationalPortfolio;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code krongkan generate [--projects N] [--seed S] FILE.jsonl}: writes a deterministic
 * national-size portfolio ({@link NationalPortfolio}) as JSON Lines, one compact project per line,
 * and its directory of offices, networks and schools as a portfolio document without projects
 * beside it ({@code FILE.offices.json}). The same seed and count always give the same bytes.
 */
final class GenerateCommand {
    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        int projects = NationalPortfolio.PROJECTS;
        long seed = 1;
        String file = null;
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
        Path target = Path.of(file);
        Path offices = officesFile(target);
        NationalPortfolio portfolio = NationalPortfolio.of(seed);
        long bytes = 0;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            for (int i = 0; i < projects; i++) {
                byte[] line = KrongkanJson.writeCompact(portfolio.project(i)).getBytes(StandardCharsets.UTF_8);
                stream.write(line);
                stream.write('\n');
                bytes += line.length + 1;
            }
            NetworkDirectory directory = portfolio.directory();
            Files.writeString(
                    offices,
                    KrongkanJson.writePortfolio(Portfolio.builder()
                            .addAllOffices(directory.offices())
                            .build()));
            out.printf("%s: %d project(s), %.1f MB (seed %d)%n", file, projects, bytes / 1e6, seed);
            out.printf(
                    "%s: %d offices, %d networks, %d schools%n",
                    offices, directory.officeCount(), directory.networkCount(), directory.schoolCount());
            return Krongkan.OK;
        } catch (IOException e) {
            err.println("krongkan generate: cannot write " + e.getMessage());
            return Krongkan.UNUSABLE;
        }
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
