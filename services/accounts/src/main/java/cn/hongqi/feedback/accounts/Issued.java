package cn.hongqi.feedback.accounts;

/** An account as saved, with the one-time password to hand to its owner. */
public record Issued<A>(A account, String password) {

    @Override
    public String toString() {
        return "Issued[" + account + "]";
    }
}
