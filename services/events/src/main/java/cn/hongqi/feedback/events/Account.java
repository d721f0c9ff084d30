package cn.hongqi.feedback.events;

/** What every kind of login account on an account topic has: a name, a password hash and a state. */
public interface Account {

    String username();

    String displayName();

    /** A BCrypt hash; the password itself is shown once to the admin who issued it and kept nowhere. */
    String passwordHash();

    /** False once the account is closed: it no longer logs in. */
    boolean active();
}
