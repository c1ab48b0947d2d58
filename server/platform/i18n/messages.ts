/**
 * Server-side texts: API error messages and field problems. E-mail texts live with their templates.
 * Every key exists in both languages (checked by a test).
 */
export const messages = {
  en: {
    'error.bad_request': 'The request could not be understood.',
    'error.validation_failed': 'Some fields need your attention.',
    'error.invalid_json': 'The request body is not valid JSON.',
    'error.unauthenticated': 'Please log in first.',
    'error.invalid_credentials': 'The e-mail address or password is not correct.',
    'error.csrf_rejected': 'This request did not come from the ProPass site and was refused.',
    'error.forbidden': 'You do not have access to this.',
    'error.two_step_setup_required':
      'Set up two-step verification first: the programme requires it for the back office.',
    'error.two_step_expired': 'Signing in took too long or too many codes were wrong. Enter your password again.',
    'error.not_found': 'We could not find what you asked for.',
    'error.route_not_found': 'There is no such address in the ProPass API.',
    'error.conflict': 'This conflicts with existing data.',
    'error.duplicate_application':
      'We cannot accept this application. If you already applied or have a Business account, we have sent the details to the e-mail address concerned.',
    'error.invalid_state': 'This action is not possible in the current state.',
    'error.token_invalid': 'This link is no longer valid. It may have been used already or have expired.',
    'error.document_deleted':
      'This document was deleted under the retention rule for company documents; its record stays on the case.',
    'error.payload_too_large': 'The request is too large.',
    'error.unsupported_media_type': 'This content type is not supported here.',
    'error.document_type': 'The file "{name}" is not a PDF, JPEG or PNG file.',
    'error.document_empty': 'The file "{name}" is empty.',
    'error.document_too_large': 'The file "{name}" is larger than {limit}.',
    'error.document_name': 'Every file needs a file name.',
    'error.document_active_content':
      'The file "{name}" contains active or hidden content (scripts, actions, embedded files or data after the end of the document) and is not accepted. Print it to a new PDF and upload that.',
    'error.document_image_too_large':
      'The image "{name}" is too large: at most 10,000 pixels a side and 40 megapixels. Scale it down and upload it again.',
    'error.csv_not_text': 'The file "{name}" is not a text CSV file (UTF-8, no binary content).',
    'error.document_count': 'Attach between 1 and 3 documents, and choose a document kind for each file.',
    'error.document_kind_not_allowed': 'This kind of document is not accepted for your situation.',
    'error.weak_password': 'Choose a stronger password.',
    'error.rate_limited': 'Too many attempts. Please wait a moment and try again.',
    'error.account_locked': 'Too many failed log-in attempts. Try again in 15 minutes or reset your password.',
    'error.not_eligible': 'You need {points} more points for this membership level.',
    'error.statement_account_unknown':
      'This statement is for account {iban}, which is not the programme’s account (programme settings): nothing was booked.',
    'error.currency_mismatch':
      'This payment is in {lineCurrency} and the invoice in {invoiceCurrency}: only a payment in the invoice’s currency settles it.',
    'error.nothing_to_collect': 'Nothing is due for collection on or before {date}: no collection file was written.',
    'error.catalogue_invalid': 'The catalogue file has {count} problem(s). Nothing was changed.',
    'error.serial_taken':
      'This product is already registered by another organisation. If it is yours, contact CPS Priority support: they can sort it out.',
    'error.internal': 'Something went wrong on our side. Please try again later.',
    'error.unavailable': 'The service is temporarily unavailable. Please try again in a few seconds.',
    'error.invalid_url': 'This address is not valid: it contains an incomplete or unreadable %-code.',
    'error.url_too_long': 'A part of this address is too long.',
    'error.request_timeout': 'The request took too long to arrive.',
    'error.headers_too_large': 'The request headers are too large.',
    'field.required': 'This field is required.',
    'field.invalid': 'This value is not valid.',
    'field.invalid_email': 'Enter a valid e-mail address.',
    'field.overdue_policy':
      'The overdue policy allows one suspension and one cancellation, both on or after the due date, the cancellation after the suspension.',
    'field.too_long': 'This value is too long.',
    'field.too_short': 'This value is too short.',
    'field.too_high': 'This number is too high.',
    'field.too_low': 'This number is too low.',
    'field.whole_number': 'Enter a whole number.',
    'field.vat_invalid': 'This is not a valid VAT number for the chosen country.',
    'field.electronic_address_invalid':
      'Enter a Peppol participant id as scheme:identifier, e.g. 0106:12345678, with a scheme of the Peppol code list.',
    'field.vat_required': 'Enter your VAT number, or choose that your organisation is not VAT-registered.',
    'field.postcode_invalid': 'This postcode is not valid for the chosen country.',
    'field.phone_invalid': 'Enter a valid phone number.',
    'field.declaration_required': 'Confirm that you are authorised to provide these details.',
    'field.country_not_participating': 'This country does not take part in the programme.',
    'field.password_too_short': 'Use at least 12 characters.',
    'field.password_common': 'This password is too common. Choose another one.',
    'field.password_weak': 'This password is too easy to guess. Add words or characters.',
    'field.password_personal':
      'This password leans on your name, e-mail address or organisation, which are easy to guess. Add words of your own.',
    'field.password_guessable':
      'A season, month, year, keyboard pattern or the name ProPass or CPS is easy to guess. Add words of your own.',
    'field.current_password_wrong': 'This is not your current password.',
    'field.password_unchanged': 'Choose a new password that differs from the current one.',
    'field.email_taken': 'This e-mail address is already in use.',
    'field.serial_invalid': 'Use only letters, digits and - / . in the serial number.',
    'field.serial_pattern': 'This is not a valid serial number for this kind of product.',
    'field.serial_taken': 'This serial number is already registered for this model by another organisation.',
    'field.serial_duplicate': 'This serial number appears twice in this list.',
    'field.serial_registered': 'Your organisation has already registered this product.',
    'field.purchase_date_future': 'The purchase date cannot be in the future.',
    'field.model_unknown': 'Choose a model from the catalogue.',
    'field.camt_invalid': 'This file is not a CAMT.053 bank statement.',
    'field.camt_not_camt053':
      'This file is not a CAMT.053 bank statement (Document in namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 or later); line {line}.',
    'field.camt_not_xml': 'Line {line}: the file is not well-formed XML ({detail}).',
    'field.camt_encoding': 'The file’s encoding {detail} cannot be read; use UTF-8, ISO-8859-1 or windows-1252.',
    'field.camt_amount':
      'Line {line}, entry {entry}: “{detail}” is not an amount (digits with a point as decimal separator, such as 12.50).',
    'field.camt_date': 'Line {line}, entry {entry}: “{detail}” is not a date.',
    'field.camt_text': 'Line {line}: the statement contains a character that is not allowed.',
    'field.invalid_characters':
      'This contains a character that is not allowed (a NUL byte or a broken Unicode character).',
    'field.too_deep': 'This value is nested too deeply.',
    'field.tier_unknown': 'Choose an available membership level.',
    'field.collection_date_past': 'This date has passed. Choose a future collection date.',
    'field.collection_date_not_business_day':
      'Banks do not collect on this day (a weekend or a TARGET2 holiday: 1 January, Good Friday, Easter Monday, 1 May, 25 or 26 December). Choose another date.',
    'field.collection_date_too_soon':
      'This date is too soon: the bank needs the collection file at least one business day before the collection date. Choose a later date.',
    'field.creditor_id_invalid':
      'This is not a valid SEPA creditor identifier (check the country code and check digits).',
    'field.seller_iban_not_sepa': 'Direct debits need an account in a country of the SEPA scheme.',
    'field.bic_invalid': 'This is not a valid BIC.',
    'field.iban_invalid': 'This IBAN is not valid.',
    'field.iban_not_sepa':
      'A SEPA direct debit needs an account in a country of the SEPA scheme; pay by card or bank transfer instead.',
    'field.payment_method_unavailable': 'This payment method is not offered in your country.',
    'field.code_invalid': 'This code is not correct or has expired. Ask for a new code.',
    'field.two_step_code_invalid':
      'This code is not correct. Enter the current 6-digit code from your authenticator app, or an unused recovery code.',
  },
  nl: {
    'error.bad_request': 'Het verzoek kon niet worden begrepen.',
    'error.validation_failed': 'Enkele velden vragen uw aandacht.',
    'error.invalid_json': 'De inhoud van het verzoek is geen geldige JSON.',
    'error.unauthenticated': 'Log eerst in.',
    'error.invalid_credentials': 'Het e-mailadres of wachtwoord is niet juist.',
    'error.csrf_rejected': 'Dit verzoek kwam niet van de ProPass-site en is geweigerd.',
    'error.forbidden': 'U hebt hier geen toegang toe.',
    'error.two_step_setup_required':
      'Stel eerst verificatie in twee stappen in: het programma vereist dat voor de back office.',
    'error.two_step_expired':
      'Het inloggen duurde te lang of er zijn te veel onjuiste codes ingevoerd. Voer uw wachtwoord opnieuw in.',
    'error.not_found': 'We konden niet vinden wat u zocht.',
    'error.route_not_found': 'Dit adres bestaat niet in de ProPass-API.',
    'error.conflict': 'Dit is in strijd met bestaande gegevens.',
    'error.duplicate_application':
      'We kunnen deze aanvraag niet aannemen. Als u al een aanvraag of Business-account hebt, hebben we de details naar het betreffende e-mailadres gestuurd.',
    'error.invalid_state': 'Deze actie is in de huidige status niet mogelijk.',
    'error.token_invalid': 'Deze link is niet meer geldig. Misschien is hij al gebruikt of verlopen.',
    'error.document_deleted':
      'Dit document is verwijderd volgens de bewaartermijn voor bedrijfsdocumenten; de vermelding blijft bij de aanvraag.',
    'error.payload_too_large': 'Het verzoek is te groot.',
    'error.unsupported_media_type': 'Dit type inhoud wordt hier niet ondersteund.',
    'error.document_type': 'Het bestand "{name}" is geen PDF-, JPEG- of PNG-bestand.',
    'error.document_empty': 'Het bestand "{name}" is leeg.',
    'error.document_too_large': 'Het bestand "{name}" is groter dan {limit}.',
    'error.document_name': 'Elk bestand heeft een bestandsnaam nodig.',
    'error.document_active_content':
      'Het bestand "{name}" bevat actieve of verborgen inhoud (scripts, acties, ingesloten bestanden of gegevens na het einde van het document) en wordt niet geaccepteerd. Druk het af naar een nieuwe PDF en upload die.',
    'error.document_image_too_large':
      'De afbeelding "{name}" is te groot: hoogstens 10.000 pixels per zijde en 40 megapixels. Verklein de afbeelding en upload haar opnieuw.',
    'error.csv_not_text': 'Het bestand "{name}" is geen tekstbestand in CSV-formaat (UTF-8, geen binaire inhoud).',
    'error.document_count': 'Voeg 1 tot 3 documenten toe en kies voor elk bestand het soort document.',
    'error.document_kind_not_allowed': 'Dit soort document wordt in uw situatie niet geaccepteerd.',
    'error.weak_password': 'Kies een sterker wachtwoord.',
    'error.rate_limited': 'Te veel pogingen. Wacht even en probeer het opnieuw.',
    'error.account_locked':
      'Te veel mislukte inlogpogingen. Probeer het over 15 minuten opnieuw of stel uw wachtwoord opnieuw in.',
    'error.not_eligible': 'U hebt nog {points} punten nodig voor dit lidmaatschapsniveau.',
    'error.statement_account_unknown':
      'Dit afschrift is van rekening {iban}, die niet de rekening van het programma is (programma-instellingen): er is niets geboekt.',
    'error.currency_mismatch':
      'Deze betaling is in {lineCurrency} en de factuur in {invoiceCurrency}: alleen een betaling in de valuta van de factuur voldoet die.',
    'error.nothing_to_collect': 'Er valt tot en met {date} niets te incasseren: er is geen incassobestand gemaakt.',
    'error.catalogue_invalid': 'Het catalogusbestand bevat {count} probleem/problemen. Er is niets gewijzigd.',
    'error.serial_taken':
      'Dit product is al geregistreerd door een andere organisatie. Is het van u, neem dan contact op met CPS Priority support: zij lossen het op.',
    'error.internal': 'Er ging aan onze kant iets mis. Probeer het later opnieuw.',
    'error.unavailable': 'De dienst is tijdelijk niet beschikbaar. Probeer het over enkele seconden opnieuw.',
    'error.invalid_url': 'Dit adres is niet geldig: het bevat een onvolledige of onleesbare %-code.',
    'error.url_too_long': 'Een deel van dit adres is te lang.',
    'error.request_timeout': 'Het verzoek deed er te lang over om aan te komen.',
    'error.headers_too_large': 'De headers van het verzoek zijn te groot.',
    'field.required': 'Dit veld is verplicht.',
    'field.invalid': 'Deze waarde is niet geldig.',
    'field.invalid_email': 'Vul een geldig e-mailadres in.',
    'field.overdue_policy':
      'Het achterstandsbeleid kent één opschorting en één opzegging, beide op of na de vervaldatum, de opzegging na de opschorting.',
    'field.too_long': 'Deze waarde is te lang.',
    'field.too_short': 'Deze waarde is te kort.',
    'field.too_high': 'Dit getal is te hoog.',
    'field.too_low': 'Dit getal is te laag.',
    'field.whole_number': 'Vul een geheel getal in.',
    'field.vat_invalid': 'Dit is geen geldig btw-nummer voor het gekozen land.',
    'field.electronic_address_invalid':
      'Vul een Peppol-deelnemers-ID in als schema:nummer, bijvoorbeeld 0106:12345678, met een schema uit de Peppol-codelijst.',
    'field.vat_required': 'Vul uw btw-nummer in, of kies dat uw organisatie niet btw-geregistreerd is.',
    'field.postcode_invalid': 'Deze postcode is niet geldig voor het gekozen land.',
    'field.phone_invalid': 'Vul een geldig telefoonnummer in.',
    'field.declaration_required': 'Bevestig dat u bevoegd bent deze gegevens te verstrekken.',
    'field.country_not_participating': 'Dit land neemt niet deel aan het programma.',
    'field.password_too_short': 'Gebruik minstens 12 tekens.',
    'field.password_common': 'Dit wachtwoord komt te vaak voor. Kies een ander.',
    'field.password_weak': 'Dit wachtwoord is te makkelijk te raden. Voeg woorden of tekens toe.',
    'field.password_personal':
      'Dit wachtwoord leunt op uw naam, e-mailadres of organisatie, en die zijn makkelijk te raden. Voeg eigen woorden toe.',
    'field.password_guessable':
      'Een seizoen, maand, jaartal, toetsenbordpatroon of de naam ProPass of CPS is makkelijk te raden. Voeg eigen woorden toe.',
    'field.current_password_wrong': 'Dit is niet uw huidige wachtwoord.',
    'field.password_unchanged': 'Kies een nieuw wachtwoord dat verschilt van het huidige.',
    'field.email_taken': 'Dit e-mailadres is al in gebruik.',
    'field.serial_invalid': 'Gebruik alleen letters, cijfers en - / . in het serienummer.',
    'field.serial_pattern': 'Dit is geen geldig serienummer voor dit soort product.',
    'field.serial_taken': 'Dit serienummer is voor dit model al geregistreerd door een andere organisatie.',
    'field.serial_duplicate': 'Dit serienummer staat twee keer in deze lijst.',
    'field.serial_registered': 'Uw organisatie heeft dit product al geregistreerd.',
    'field.purchase_date_future': 'De aankoopdatum kan niet in de toekomst liggen.',
    'field.model_unknown': 'Kies een model uit de catalogus.',
    'field.camt_invalid': 'Dit bestand is geen CAMT.053-bankafschrift.',
    'field.camt_not_camt053':
      'Dit bestand is geen CAMT.053-bankafschrift (Document in namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 of later); regel {line}.',
    'field.camt_not_xml': 'Regel {line}: het bestand is geen geldige XML ({detail}).',
    'field.camt_encoding':
      'De tekenset {detail} van het bestand kan niet worden gelezen; gebruik UTF-8, ISO-8859-1 of windows-1252.',
    'field.camt_amount':
      'Regel {line}, post {entry}: “{detail}” is geen bedrag (cijfers met een punt als decimaalteken, zoals 12.50).',
    'field.camt_date': 'Regel {line}, post {entry}: “{detail}” is geen datum.',
    'field.camt_text': 'Regel {line}: het afschrift bevat een teken dat niet is toegestaan.',
    'field.invalid_characters':
      'Dit bevat een teken dat niet is toegestaan (een NUL-byte of een beschadigd Unicode-teken).',
    'field.too_deep': 'Deze waarde is te diep genest.',
    'field.tier_unknown': 'Kies een beschikbaar lidmaatschapsniveau.',
    'field.collection_date_past': 'Deze datum is al voorbij. Kies een incassodatum in de toekomst.',
    'field.collection_date_not_business_day':
      'Banken incasseren niet op deze dag (een weekend of een TARGET2-feestdag: 1 januari, Goede Vrijdag, tweede paasdag, 1 mei, 25 of 26 december). Kies een andere datum.',
    'field.collection_date_too_soon':
      'Deze datum is te vroeg: de bank moet het incassobestand minstens één werkdag vóór de incassodatum hebben. Kies een latere datum.',
    'field.creditor_id_invalid': 'Dit is geen geldig SEPA-incassant-ID (controleer de landcode en de controlecijfers).',
    'field.seller_iban_not_sepa': 'Incasso’s vragen een rekening in een land van het SEPA-gebied.',
    'field.bic_invalid': 'Dit is geen geldige BIC.',
    'field.iban_invalid': 'Dit IBAN is niet geldig.',
    'field.iban_not_sepa':
      'Een SEPA-incasso vraagt een rekening in een land van het SEPA-gebied; betaal anders met creditcard of overschrijving.',
    'field.payment_method_unavailable': 'Deze betaalmethode wordt in uw land niet aangeboden.',
    'field.code_invalid': 'Deze code is niet juist of verlopen. Vraag een nieuwe code aan.',
    'field.two_step_code_invalid':
      'Deze code is niet juist. Voer de actuele 6-cijferige code uit uw authenticator-app in, of een ongebruikte herstelcode.',
  },
} as const;

export type MessageKey = keyof (typeof messages)['en'];
