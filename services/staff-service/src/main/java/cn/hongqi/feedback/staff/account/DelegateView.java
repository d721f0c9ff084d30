package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.accounts.Issued;
import cn.hongqi.feedback.events.DelegateAccount;

/**
 * A delegate account as staff see it: never the password hash.
 *
 * @param password the one-time password, only in the answer that issued it
 */
record DelegateView(String username, String displayName, String delegation, boolean active, String password) {

    static DelegateView of(DelegateAccount account) {
        return new DelegateView(account.username(), account.displayName(), account.delegation(), account.active(), null);
    }

    static DelegateView issued(Issued<DelegateAccount> issued) {
        DelegateAccount account = issued.account();
        return new DelegateView(account.username(), account.displayName(), account.delegation(), account.active(), issued.password());
    }

    @Override
    public String toString() {
        return "DelegateView[" + username + "]";
    }
}
