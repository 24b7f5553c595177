// The account's own part of a person's export and erasure: the profile on the User row.
// The row itself stays, emptied, because records others rely on point to it.
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";
import { isLastNetworkAdmin } from "./network-roles.server";

export const personalData = definePersonalData({
  area: "accounts",
  models: ["User"],
  async exportSections(_db, person) {
    const { passwordHash: _passwordHash, ...profile } = person;
    return { profile };
  },
  async refuseErasure(tx, person) {
    return (await isLastNetworkAdmin(tx, person.id)) ? { error: "lastNetworkAdmin", organisation: null } : null;
  },
  async erase(tx, person) {
    await tx.user.update({
      where: { id: person.id },
      data: {
        email: null,
        passwordHash: null,
        emailConfirmedAt: null,
        name: "",
        title: "",
        languagesSpoken: [],
        networkRole: null,
        erasedAt: new Date(),
      },
    });
  },
});
