export const auth = {
  de: {
    'auth.signIn.title': 'Anmelden',
    'auth.signIn.intro':
      'Melden Sie sich mit Ihrer E-Mail-Adresse an. Wir senden Ihnen einen Link, mit dem Sie ohne Passwort hineinkommen.',
    'auth.signIn.email': 'E-Mail-Adresse',
    'auth.signIn.emailHint': 'Die Adresse, unter der Sie zum Portal eingeladen wurden.',
    'auth.signIn.submit': 'Anmeldelink senden',
    'auth.signIn.sending': 'Wird gesendet …',
    'auth.signIn.sentTitle': 'Bitte prüfen Sie Ihr Postfach',
    'auth.signIn.sent':
      'Wenn die Adresse {email} zu einem Zugang gehört, ist ein Anmeldelink unterwegs. Er gilt 15 Minuten und nur einmal.',
    'auth.signIn.again': 'Andere Adresse verwenden',
    'auth.signIn.linkInvalid':
      'Dieser Anmeldelink ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
    'auth.signIn.accessDenied': 'Die Anmeldung wurde abgelehnt. Bitte fordern Sie einen Anmeldelink an.',
    'auth.signIn.noAccount':
      'Noch keinen Zugang? Ihr Ansprechpartner beim Anbieter lädt Sie ein.',
    'auth.demo.title': 'Demo-Betrieb',
    'auth.demo.text':
      'Es ist kein Mailserver eingerichtet. Gesendete E-Mails erscheinen im Entwicklungs-Postfach. Demo-Zugänge:',
    'auth.demo.mailbox': 'Entwicklungs-Postfach öffnen',
    'auth.signOut': 'Abmelden',
    'mailbox.title': 'Entwicklungs-Postfach',
    'mailbox.intro':
      'Ohne SMTP_URL versendet das Portal keine E-Mails, sondern legt sie hier ab. Diese Seite gibt es nur im Demo-Betrieb.',
    'mailbox.empty': 'Noch keine E-Mails.',
    'mailbox.to': 'An',
    'mailbox.subject': 'Betreff',
    'mailbox.sentAt': 'Zeit',
    'mailbox.filter': 'Nach Empfänger filtern',
    'mailbox.apply': 'Filtern',
    'mailbox.attachment': 'Anhang',
    'mailbox.attachmentPdf': 'Unterzeichneter AV-Vertrag (PDF)',
  },
  en: {
    'auth.signIn.title': 'Sign in',
    'auth.signIn.intro':
      'Sign in with your e-mail address. We will send you a link that lets you in without a password.',
    'auth.signIn.email': 'E-mail address',
    'auth.signIn.emailHint': 'The address you were invited to the portal with.',
    'auth.signIn.submit': 'Send sign-in link',
    'auth.signIn.sending': 'Sending …',
    'auth.signIn.sentTitle': 'Please check your inbox',
    'auth.signIn.sent':
      'If {email} belongs to an account, a sign-in link is on its way. It is valid for 15 minutes and works once.',
    'auth.signIn.again': 'Use another address',
    'auth.signIn.linkInvalid':
      'This sign-in link is invalid, has expired or was already used. Please request a new one.',
    'auth.signIn.accessDenied': 'Sign-in was refused. Please request a sign-in link.',
    'auth.signIn.noAccount': 'No access yet? Your contact at the provider will invite you.',
    'auth.demo.title': 'Demo mode',
    'auth.demo.text':
      'No mail server is configured. Sent e-mails appear in the development mailbox. Demo accounts:',
    'auth.demo.mailbox': 'Open the development mailbox',
    'auth.signOut': 'Sign out',
    'mailbox.title': 'Development mailbox',
    'mailbox.intro':
      'Without SMTP_URL the portal sends no e-mail but keeps it here. This page exists only in demo mode.',
    'mailbox.empty': 'No e-mails yet.',
    'mailbox.to': 'To',
    'mailbox.subject': 'Subject',
    'mailbox.sentAt': 'Time',
    'mailbox.filter': 'Filter by recipient',
    'mailbox.apply': 'Filter',
    'mailbox.attachment': 'Attachment',
    'mailbox.attachmentPdf': 'Signed DPA (PDF)',
  },
} as const;
