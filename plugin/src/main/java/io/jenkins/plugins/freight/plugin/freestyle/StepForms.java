package io.jenkins.plugins.freight.plugin.freestyle;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration;
import io.jenkins.plugins.freight.plugin.credentials.ApiKeys;
import jenkins.model.Jenkins;

/**
 * The form helpers every step shares (freestyle and Pipeline snippet generator): the server list,
 * the credential override list and required-field checks, each behind a permission check.
 */
public final class StepForms {

    private StepForms() {}

    public static ListBoxModel serverIds(Item item) {
        checkConfigure(item);
        ListBoxModel items = new ListBoxModel();
        items.add("", "");
        FreightGlobalConfiguration.get().registry().serverIds().forEach(id -> items.add(id, id));
        return items;
    }

    public static ListBoxModel credentials(Item item, String credentialsId) {
        return ApiKeys.itemChoices(item, credentialsId);
    }

    public static FormValidation checkCredentials(Item item, String value) {
        return ApiKeys.checkItem(item, value);
    }

    public static FormValidation required(Item item, String value) {
        checkConfigure(item);
        return value == null || value.isBlank()
                ? FormValidation.error(Messages.Step_Required())
                : FormValidation.ok();
    }

    private static void checkConfigure(Item item) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
    }
}
