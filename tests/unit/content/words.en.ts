// What the content tests look for in the English words (words.ts): one entry per check.

export const words = {
  movements: {
    pokedChin: /chin[^.;]*\b(forward and up|up and forward)\b/i,
    drawnBack: /\bdraw your head (straight )?back over your shoulders\b/i,
    threeQuarters: /\babout three quarters of the way\b/i,
    fullTurn: /\bas far as (is )?comfortable\b|\bfull turn\b|\ball the way\b/i,
    upright: /\b(back upright|back to level|face forward|back over your shoulders|straight ahead)\b/i,
    armTingling: /\btingling down your arm\b/i,
    switchHands: /\bswitch hands\b/i,
  },
  script: {
    right: /\bright\b/i,
    left: /\bleft\b/i,
    pain: /\b(pain|hurts?)\b/i,
    dizzy: /\bdizz/i,
    throat: /\bthroat\b/i,
    spine: /\b(spine|spinal|vertebra|vertebrae)\b/i,
    keepsClear: /\b(beside|sides? of|away from|off|never|not|don't)\b/i,
    forcing:
      /as far as possible|as much as possible|all the way|until (it hurts|you feel pain)|through the pain|push/i,
    threeQuarters: /three quarters/i,
    overShoulders: /head (back )?over (your |the )?shoulders/i,
    up: /\bup\b/i,
  } as const,
  massageSafety: {
    spine: /\b(spine|spinal|vertebra|vertebrae)\b/i,
    throat: /\bthroat\b|\bfront of (the|your) neck\b/i,
    // beside it, either side of it, away from it, or a negation
    keepsClear: /\b(beside|sides? of|away from|off|never|not|don't)\b/i,
    besideSpine: /\b(beside|(both |one )?sides? of) (the|your) spine\b/i,
    offThroat: /\b(off|away from) (the front( and sides)? of )?(the|your) throat\b/i,
  },
  textSides: { right: /\bright\b/i, left: /\bleft\b/i },
  voiceBudgetStop: /\bstop at any pain\b/i,
  voiceTimingStop: /\bstop at any pain\b/i,
  aboutForcing:
    /as far as possible|as much as possible|until (the pain|it hurts|you feel pain)|through the pain/i,
  aboutSafeReadings: {
    pain: /mild stretch.*pain means stop/i,
    spine: /never works on the spine.*either side/i,
    direction: /always move down/i,
    seated: /seated/i,
    holds: /few seconds.*5 minutes/i,
    throat: /off the front and sides of the throat/i,
  },
  aboutPregnancy: /\bpregnancy\b/i,
  aboutUnsure: /unsure.*ask a doctor first/i,
  contraindicationsUnsure: /\bunsure\b/i,
  contraindicationsInjury: /\binjur/i,
  massageSafetyUnsafe: 'Press your thumbs firmly into the vertebrae at the center of your neck.',
  textForcing:
    /as far as possible|as much as possible|until (it hurts|you feel pain)|through the pain|no pain,? no gain/i,
};
