package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.accounts.Issued;
import cn.hongqi.feedback.events.StaffAccount;
import cn.hongqi.feedback.events.StaffRole;

/**
 * A staff account as admins see it: never the password hash.
 *
 * @param password the one-time password, only in the answer that issued it
 */
record StaffAccountView(String username, String displayName, StaffRole role, boolean active, String password) {

    static StaffAccountView of(StaffAccount account) {
        return new StaffAccountView(account.username(), account.displayName(), account.role(), account.active(), null);
    }

    static StaffAccountView issued(Issued<StaffAccount> issued) {
        StaffAccount account = issued.account();
        return new StaffAccountView(account.username(), account.displayName(), account.role(), account.active(), issued.password());
    }

    @Override
    public String toString() {
        return "StaffAccountView[" + username + "]";
    }
}
