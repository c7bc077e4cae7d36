/** The Luhn check used by card numbers and, with the 80840 prefix, by NPIs (CMS NPI check digit). */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** An NPI is ten digits whose last is a Luhn check digit over "80840" and the first nine. */
export const isNpi = (value: string) => /^\d{10}$/.test(value) && luhnValid(`80840${value}`);
