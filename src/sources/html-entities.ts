// Named HTML character references that macro bodies use: markup, typography, and Western/Central European
// and Baltic letters (German, French, Nordic, Polish, Czech, Estonian, Latvian, Lithuanian). An unknown
// name is left as written: the text stays exact and nothing is guessed.

const GROUPS: Record<string, string> = {
  // name=char pairs, space separated
  markup: 'amp=& lt=< gt=> quot=" apos=\' nbsp=\u00a0 shy=\u00ad ensp=\u2002 emsp=\u2003 thinsp=\u2009 zwnj=\u200c zwj=\u200d',
  typography:
    'ndash=– mdash=— hellip=… lsquo=‘ rsquo=’ sbquo=‚ ldquo=“ rdquo=” bdquo=„ laquo=« raquo=» lsaquo=‹ rsaquo=› ' +
    'bull=• middot=· deg=° copy=© reg=® trade=™ euro=€ pound=£ yen=¥ cent=¢ sect=§ para=¶ times=× divide=÷ ' +
    'plusmn=± frac12=½ frac14=¼ frac34=¾ sup2=² sup3=³ micro=µ iexcl=¡ iquest=¿ dagger=† Dagger=‡ permil=‰ ' +
    'prime=′ Prime=″ larr=← rarr=→ uarr=↑ darr=↓ harr=↔ check=✓ hearts=♥ star=☆ starf=★ ordf=ª ordm=º',
  latin1:
    'Agrave=À Aacute=Á Acirc=Â Atilde=Ã Auml=Ä Aring=Å AElig=Æ Ccedil=Ç Egrave=È Eacute=É Ecirc=Ê Euml=Ë ' +
    'Igrave=Ì Iacute=Í Icirc=Î Iuml=Ï ETH=Ð Ntilde=Ñ Ograve=Ò Oacute=Ó Ocirc=Ô Otilde=Õ Ouml=Ö Oslash=Ø ' +
    'Ugrave=Ù Uacute=Ú Ucirc=Û Uuml=Ü Yacute=Ý THORN=Þ szlig=ß agrave=à aacute=á acirc=â atilde=ã auml=ä ' +
    'aring=å aelig=æ ccedil=ç egrave=è eacute=é ecirc=ê euml=ë igrave=ì iacute=í icirc=î iuml=ï eth=ð ' +
    'ntilde=ñ ograve=ò oacute=ó ocirc=ô otilde=õ ouml=ö oslash=ø ugrave=ù uacute=ú ucirc=û uuml=ü yacute=ý ' +
    'thorn=þ yuml=ÿ OElig=Œ oelig=œ Yuml=Ÿ',
  extended:
    'Amacr=Ā amacr=ā Aogon=Ą aogon=ą Cacute=Ć cacute=ć Ccaron=Č ccaron=č Dcaron=Ď dcaron=ď Emacr=Ē emacr=ē ' +
    'Edot=Ė edot=ė Eogon=Ę eogon=ę Ecaron=Ě ecaron=ě Gcedil=Ģ gcedil=ģ Imacr=Ī imacr=ī Iogon=Į iogon=į ' +
    'Kcedil=Ķ kcedil=ķ Lcedil=Ļ lcedil=ļ Lstrok=Ł lstrok=ł Nacute=Ń nacute=ń Ncedil=Ņ ncedil=ņ Ncaron=Ň ' +
    'ncaron=ň Omacr=Ō omacr=ō Odblac=Ő odblac=ő Rcaron=Ř rcaron=ř Sacute=Ś sacute=ś Scaron=Š scaron=š ' +
    'Tcaron=Ť tcaron=ť Umacr=Ū umacr=ū Uring=Ů uring=ů Udblac=Ű udblac=ű Uogon=Ų uogon=ų Zacute=Ź zacute=ź ' +
    'Zdot=Ż zdot=ż Zcaron=Ž zcaron=ž',
};

export const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(
  Object.values(GROUPS)
    .flatMap((group) => group.split(' '))
    .map((pair) => {
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), pair.slice(eq + 1)] as [string, string];
    }),
);
