// Dictionary of the 'verify' area; keys start with 'verify.'. The whole area dictionary is handed
// to the verify form (a client component), so it holds only texts meant for the public.
export const verify = {
  de: {
    'verify.title': 'Vertragsdokument prüfen',
    'verify.eyebrow': 'Echtheitsprüfung',
    'verify.lead':
      'Prüfen Sie, ob eine PDF-Datei ein unverändertes Vertragsdokument ist, das wir ausgestellt haben: Laden Sie die Datei hoch oder fügen Sie ihren SHA-256-Hashwert ein.',
    'verify.upload.title': 'PDF-Datei hochladen',
    'verify.upload.label': 'PDF-Datei',
    'verify.upload.hint': 'Die PDF-Datei des AV-Vertrags, höchstens 10 MB.',
    'verify.upload.submit': 'Datei prüfen',
    'verify.hash.title': 'Oder: SHA-256-Hashwert eingeben',
    'verify.hash.label': 'SHA-256-Hashwert',
    'verify.hash.hint': '64 Zeichen (0–9, a–f). Groß- und Kleinschreibung sowie Leerzeichen spielen keine Rolle.',
    'verify.hash.submit': 'Hashwert prüfen',
    'verify.checking': 'Wird geprüft …',
    'verify.how.title': 'So funktioniert die Prüfung',
    'verify.how.fingerprint':
      'Aus Ihrer Datei wird ein SHA-256-Fingerabdruck berechnet: 64 Zeichen, die sich schon ändern, wenn sich ein einziges Byte der Datei ändert.',
    'verify.how.compare':
      'Wir vergleichen ihn mit den Fingerabdrücken, die wir beim Vertragsschluss für jedes ausgestellte PDF gespeichert haben.',
    'verify.how.answer':
      'Stimmt er überein, zeigen wir Vereinbarung, Auftraggeber, Vertragsfassung, Zeitpunkt der Unterzeichnung und den heutigen Status.',
    'verify.privacy.title': 'Ihre Datei wird nicht gespeichert',
    'verify.privacy.text':
      'Die Datei wird zur Prüfung an uns übertragen, dort nur gehasht und sofort verworfen. Wir zeigen nur an, was im Dokument selbst steht – keine Angaben zur unterzeichnenden Person.',
    'verify.api.title': 'Für Maschinen',
    'verify.api.text': 'Dieselbe Prüfung als JSON, ohne Anmeldung:',
    'verify.api.get': 'mit dem Hashwert',
    'verify.api.post': 'mit der PDF-Datei als Inhalt (Content-Type: application/pdf)',
    'verify.file.required': 'Bitte wählen Sie eine PDF-Datei aus.',
    'verify.file.empty': 'Die gewählte Datei ist leer. Bitte wählen Sie die PDF-Datei des Vertrags.',
    'verify.file.tooLarge': 'Die Datei ist größer als 10 MB. Unsere Vertragsdokumente sind deutlich kleiner – bitte wählen Sie die PDF-Datei des Vertrags.',
    'verify.file.notPdf': 'Das ist keine PDF-Datei. Bitte wählen Sie die PDF-Datei des Vertrags (sie beginnt mit „%PDF-“).',
    'verify.sha256.required': 'Bitte fügen Sie einen SHA-256-Hashwert ein.',
    'verify.sha256.invalid': 'Ein SHA-256-Hashwert besteht aus genau 64 Zeichen 0–9 und a–f.',
    'verify.missing': 'Bitte wählen Sie eine PDF-Datei aus oder fügen Sie einen SHA-256-Hashwert ein.',
    'verify.chooseOne': 'Bitte prüfen Sie entweder eine Datei oder einen Hashwert, nicht beides zugleich.',
    'verify.result.label': 'Ergebnis der Prüfung',
    'verify.result.issuedTitle': 'Von {provider} ausgestellt',
    'verify.result.issuedText': 'Dieses Dokument ist unverändert und gehört zu folgender Vereinbarung:',
    'verify.result.agreement': 'Vereinbarungs-ID',
    'verify.result.organisation': 'Auftraggeber',
    'verify.result.customerNumber': 'Kundennummer',
    'verify.result.version': 'Vertragsfassung',
    'verify.result.versionValue': 'AV-Vertrag Fassung {dpa}, TOM Fassung {toms}',
    'verify.result.signedUtc': 'Unterzeichnet (UTC)',
    'verify.result.signedLocal': 'Unterzeichnet ({timeZone})',
    'verify.result.status': 'Status heute',
    'verify.result.status.active': 'Gültig',
    'verify.result.status.superseded': 'Ersetzt',
    'verify.result.status.terminated': 'Beendet',
    'verify.result.superseded':
      'Diese Vereinbarung wurde am {date} durch eine neuere Vertragsfassung ersetzt. Das Dokument ist echt, gilt aber nicht mehr.',
    'verify.result.terminated': 'Diese Vereinbarung wurde am {date} beendet. Das Dokument ist echt, gilt aber nicht mehr.',
    'verify.result.notIssuedTitle': 'Nicht von {provider} ausgestellt',
    'verify.result.notIssuedFile':
      'Diese Datei ist keines der Dokumente, die wir ausgestellt haben. Wenn Sie sie von uns erhalten haben, wurde sie möglicherweise verändert – schon ein geändertes Zeichen ergibt einen anderen Fingerabdruck.',
    'verify.result.notIssuedHash':
      'Zu diesem Hashwert gibt es kein Dokument, das wir ausgestellt haben. Bitte prüfen Sie, ob der Wert vollständig kopiert wurde, oder laden Sie die Datei selbst hoch.',
    'verify.result.notIssuedHelp':
      'Die Originaldatei finden Sie in der E-Mail nach der Unterzeichnung oder im Kundenportal. Bei Fragen:',
    'verify.result.fingerprint': 'Geprüfter Fingerabdruck (SHA-256)',
  },
  en: {
    'verify.title': 'Verify a contract document',
    'verify.eyebrow': 'Authenticity check',
    'verify.lead':
      'Check whether a PDF file is an unaltered contract document we issued: upload the file or paste its SHA-256 hash.',
    'verify.upload.title': 'Upload a PDF file',
    'verify.upload.label': 'PDF file',
    'verify.upload.hint': 'The PDF file of the data processing agreement, at most 10 MB.',
    'verify.upload.submit': 'Check file',
    'verify.hash.title': 'Or: enter a SHA-256 hash',
    'verify.hash.label': 'SHA-256 hash',
    'verify.hash.hint': '64 characters (0–9, a–f). Upper or lower case and spaces do not matter.',
    'verify.hash.submit': 'Check hash',
    'verify.checking': 'Checking …',
    'verify.how.title': 'How the check works',
    'verify.how.fingerprint':
      'A SHA-256 fingerprint is computed from your file: 64 characters that change as soon as a single byte of the file changes.',
    'verify.how.compare': 'We compare it with the fingerprints we recorded for every PDF we issued when the agreement was concluded.',
    'verify.how.answer':
      'If it matches, we show the agreement, the customer, the contract version, the time of signing and its status today.',
    'verify.privacy.title': 'Your file is not stored',
    'verify.privacy.text':
      'The file is sent to us for the check, only hashed there and discarded at once. We show only what the document itself states – nothing about the person who signed.',
    'verify.api.title': 'For machines',
    'verify.api.text': 'The same check as JSON, without signing in:',
    'verify.api.get': 'with the hash',
    'verify.api.post': 'with the PDF file as the body (Content-Type: application/pdf)',
    'verify.file.required': 'Please choose a PDF file.',
    'verify.file.empty': 'The chosen file is empty. Please choose the PDF file of the agreement.',
    'verify.file.tooLarge': 'The file is larger than 10 MB. Our contract documents are much smaller – please choose the PDF file of the agreement.',
    'verify.file.notPdf': 'This is not a PDF file. Please choose the PDF file of the agreement (it starts with "%PDF-").',
    'verify.sha256.required': 'Please paste a SHA-256 hash.',
    'verify.sha256.invalid': 'A SHA-256 hash consists of exactly 64 characters 0–9 and a–f.',
    'verify.missing': 'Please choose a PDF file or paste a SHA-256 hash.',
    'verify.chooseOne': 'Please check either a file or a hash, not both at once.',
    'verify.result.label': 'Result of the check',
    'verify.result.issuedTitle': 'Issued by {provider}',
    'verify.result.issuedText': 'This document is unaltered and belongs to the following agreement:',
    'verify.result.agreement': 'Agreement ID',
    'verify.result.organisation': 'Customer',
    'verify.result.customerNumber': 'Customer number',
    'verify.result.version': 'Contract version',
    'verify.result.versionValue': 'DPA version {dpa}, TOMs version {toms}',
    'verify.result.signedUtc': 'Signed (UTC)',
    'verify.result.signedLocal': 'Signed ({timeZone})',
    'verify.result.status': 'Status today',
    'verify.result.status.active': 'In force',
    'verify.result.status.superseded': 'Superseded',
    'verify.result.status.terminated': 'Terminated',
    'verify.result.superseded':
      'This agreement was replaced by a newer contract version on {date}. The document is genuine but no longer in force.',
    'verify.result.terminated': 'This agreement was terminated on {date}. The document is genuine but no longer in force.',
    'verify.result.notIssuedTitle': 'Not issued by {provider}',
    'verify.result.notIssuedFile':
      'This file is not one of the documents we issued. If you received it from us, it may have been altered – a single changed character gives a different fingerprint.',
    'verify.result.notIssuedHash':
      'No document we issued has this hash. Please check that the value was copied completely, or upload the file itself.',
    'verify.result.notIssuedHelp':
      'You will find the original file in the e-mail sent after signing or in the customer portal. Questions:',
    'verify.result.fingerprint': 'Fingerprint checked (SHA-256)',
  },
} as const;

export type VerifyMessageKey = keyof (typeof verify)['de'];
