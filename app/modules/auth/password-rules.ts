// How long a new password may be: one pair of numbers for the form schemas (in the
// browser and on the server), the account commands and the hint under the field.
export const minPasswordLength = 10;
export const maxPasswordLength = 200;
