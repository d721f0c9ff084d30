package cn.hongqi.feedback.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained models, shipped together as {@code analysis/model.bin.gz} under one version id that
 * every analysed comment records.
 *
 * @param polarity   positive against negative, trained on review sentences and civic comments
 * @param neutrality neutral against polar, trained on civic comments (reviews are never neutral)
 * @param civic      positive, neutral or negative in one step, trained on civic comments only; its
 *                   probabilities are averaged with the two models above, which know reviews too
 * @param intent     suggestion, complaint, praise or question, trained on civic comments
 * @param rules      whether the models were trained with the rule layer's features ({@link SentimentCues})
 */
record AnalysisModels(String version, int buckets, boolean rules, LinearModel polarity, LinearModel neutrality,
                      LinearModel civic, LinearModel intent) {

    static final String RESOURCE = "/analysis/model.bin.gz";
    private static final int FORMAT = 3;

    static AnalysisModels bundled() {
        try (InputStream in = AnalysisModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no trained model at " + RESOURCE + "; run ./feedback train-sentiment");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model", e);
        }
    }

    static AnalysisModels read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(stream));
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("model format " + format + " is not " + FORMAT);
        }
        return new AnalysisModels(in.readUTF(), in.readInt(), in.readBoolean(), LinearModel.read(in), LinearModel.read(in),
                LinearModel.read(in), LinearModel.read(in));
    }

    void write(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(stream);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(FORMAT);
        out.writeUTF(version);
        out.writeInt(buckets);
        out.writeBoolean(rules);
        polarity.write(out);
        neutrality.write(out);
        civic.write(out);
        intent.write(out);
        out.flush();
        gzip.finish();
    }
}
