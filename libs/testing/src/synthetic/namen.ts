/**
 * Small built-in name lists for synthetic pupils: common Dutch first names and surnames (and a few common in Dutch
 * families of Turkish, Moroccan, Surinamese and other origin), combined at random. No list entry or combination
 * refers to a real person.
 */
export const VOORNAMEN_JONGENS: readonly string[] = [
  'Noah', 'Sem', 'Liam', 'Lucas', 'Daan', 'Finn', 'Levi', 'Luuk', 'Mees', 'James', 'Milan', 'Jesse', 'Bram', 'Thijs',
  'Ruben', 'Sven', 'Lars', 'Tim', 'Stijn', 'Jayden', 'Thomas', 'Niels', 'Gijs', 'Jens', 'Tygo', 'Julian', 'Hugo',
  'Mohamed', 'Adam', 'Yusuf', 'Ayoub', 'Emir', 'Kerem', 'Omar', 'Rayan', 'Dex', 'Senna', 'Boaz', 'Wessel', 'Koen',
];

export const VOORNAMEN_MEISJES: readonly string[] = [
  'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Yara', 'Eva', 'Liv', 'Lotte', 'Anna', 'Noor',
  'Lieke', 'Fleur', 'Sanne', 'Isa', 'Femke', 'Iris', 'Roos', 'Jasmijn', 'Lynn', 'Floor', 'Esmee', 'Demi', 'Amber',
  'Fatima', 'Aya', 'Nour', 'Ilse', 'Elif', 'Aylin', 'Salma', 'Hiba', 'Naomi', 'Shanice', 'Maud', 'Britt', 'Vera',
];

export const ACHTERNAMEN: readonly string[] = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit',
  'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten',
  'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'Prins',
  'Blom', 'Huisman', 'Postma', 'Kuipers', 'Veenstra', 'Kramer', 'Wouters', 'Timmermans', 'Bosman', 'Zwart', 'Boer',
  'Hofman', 'Mertens', 'Wijnen', 'Boekhout', 'Kalkman', 'Hiemstra', 'Wiersma', 'Kooistra', 'Yılmaz', 'Kaya', 'Demir',
  'Şahin', 'Çelik', 'El Idrissi', 'Bouzid', 'Amrani', 'Benali', 'Ouali', 'Ramdin', 'Sewdien', 'Nguyen', 'Tran',
];
