package cn.hongqi.feedback.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A multinomial logistic regression over hashed binary features: small enough to ship as a
 * resource, fast enough to score a comment in microseconds, and trained by the project's own code
 * ({@code SentimentTrainer}).
 */
public final class LinearModel {

    private final List<String> labels;
    private final int buckets;
    private final float[][] weights;
    private final float[] bias;

    LinearModel(List<String> labels, int buckets) {
        this.labels = List.copyOf(labels);
        this.buckets = buckets;
        this.weights = new float[labels.size()][buckets];
        this.bias = new float[labels.size()];
    }

    public List<String> labels() {
        return labels;
    }

    int buckets() {
        return buckets;
    }

    /** Probabilities in the order of {@link #labels()}. */
    double[] probabilities(int[] features) {
        double[] scores = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int label = 0; label < scores.length; label++) {
            double score = bias[label];
            for (int feature : features) {
                score += weights[label][feature];
            }
            scores[label] = score;
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int label = 0; label < scores.length; label++) {
            scores[label] = Math.exp(scores[label] - max);
            sum += scores[label];
        }
        for (int label = 0; label < scores.length; label++) {
            scores[label] /= sum;
        }
        return scores;
    }

    /** One step of stochastic gradient descent on one example, with L2 decay on the weights it touches. */
    void learn(int[] features, int label, double rate, double weight, double l2) {
        double[] probabilities = probabilities(features);
        for (int candidate = 0; candidate < probabilities.length; candidate++) {
            double gradient = weight * ((candidate == label ? 1 : 0) - probabilities[candidate]);
            bias[candidate] += (float) (rate * gradient);
            for (int feature : features) {
                float current = weights[candidate][feature];
                weights[candidate][feature] = (float) (current + rate * (gradient - l2 * current));
            }
        }
    }

    /** Sparse: only the weights training touched are written. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.size());
        for (String label : labels) {
            out.writeUTF(label);
        }
        out.writeInt(buckets);
        for (int label = 0; label < labels.size(); label++) {
            out.writeFloat(bias[label]);
            int nonZero = 0;
            for (float weight : weights[label]) {
                nonZero += weight != 0 ? 1 : 0;
            }
            out.writeInt(nonZero);
            for (int feature = 0; feature < buckets; feature++) {
                if (weights[label][feature] != 0) {
                    out.writeInt(feature);
                    out.writeFloat(weights[label][feature]);
                }
            }
        }
    }

    static LinearModel read(DataInputStream in) throws IOException {
        int count = in.readInt();
        String[] labels = new String[count];
        for (int label = 0; label < count; label++) {
            labels[label] = in.readUTF();
        }
        LinearModel model = new LinearModel(List.of(labels), in.readInt());
        for (int label = 0; label < count; label++) {
            model.bias[label] = in.readFloat();
            int nonZero = in.readInt();
            for (int i = 0; i < nonZero; i++) {
                model.weights[label][in.readInt()] = in.readFloat();
            }
        }
        return model;
    }
}
