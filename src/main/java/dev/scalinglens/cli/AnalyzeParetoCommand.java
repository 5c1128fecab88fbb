package dev.scalinglens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.charts.pareto.ParetoAnalysis;
import dev.scalinglens.science.roofline.Precision;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code analyze pareto --model ID --hardware ID [--precision bf16|fp8|fp4] [--context TOKENS]}: prints the
 * modelled decode frontier as JSON. A subcommand of {@code analyze} (see {@link ScalingLensCommand}).
 */
@Command(name = "pareto",
        mixinStandardHelpOptions = true,
        description = "Print the modelled decode frontier (interactivity vs throughput per GPU) as JSON.")
public final class AnalyzeParetoCommand implements Callable<Integer> {

    private final Supplier<Catalog> catalog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "Catalog model id, e.g. llama-3.1-70b.")
    String modelId;

    @Option(names = "--hardware", required = true, description = "Catalog hardware id, e.g. h200.")
    String hardwareId;

    @Option(names = "--precision", defaultValue = "fp8", converter = PrecisionConverter.class,
            description = "Weight precision: bf16, fp8 or fp4 (default: ${DEFAULT-VALUE}).")
    Precision precision;

    @Option(names = "--context", defaultValue = "2048",
            description = "Mean tokens in each sequence's KV cache (default: ${DEFAULT-VALUE}).")
    int contextTokens;

    public AnalyzeParetoCommand(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        ParetoAnalysis analysis = ParetoAnalysis.of(catalog.get(), modelId, hardwareId, precision, contextTokens);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        spec.commandLine().getOut().println(mapper.writeValueAsString(analysis));
        return 0;
    }

    static final class PrecisionConverter implements CommandLine.ITypeConverter<Precision> {
        @Override
        public Precision convert(String value) {
            try {
                return Precision.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
