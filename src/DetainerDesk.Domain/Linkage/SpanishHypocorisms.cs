namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Spanish and Portuguese pet names and the given names they stand for. The English nickname list barely covers
/// them, and a man booked as "Pepe" in one county is "José" on his consular card. Written for DetainerDesk from common
/// usage; a pet name may stand for several names (Beto: Alberto or Roberto).
/// </summary>
internal static class SpanishHypocorisms
{
    public static readonly (string Name, string PetName)[] Pairs =
    [
        ("José", "Pepe"), ("José", "Pepito"), ("José", "Che"), ("José", "Zé"), ("José", "Chepe"),
        ("Josefa", "Pepa"), ("Josefina", "Pepita"), ("Josefina", "Fina"),
        ("Francisco", "Paco"), ("Francisco", "Pancho"), ("Francisco", "Curro"), ("Francisco", "Quico"),
        ("Francisco", "Chico"), ("Francisco", "Frank"), ("Francisca", "Paquita"), ("Francisca", "Pancha"),
        ("Guadalupe", "Lupe"), ("Guadalupe", "Lupita"), ("Guadalupe", "Pita"),
        ("Jesús", "Chuy"), ("Jesús", "Chucho"), ("Jesús", "Chus"),
        ("Ignacio", "Nacho"), ("Guillermo", "Memo"), ("Eduardo", "Lalo"), ("Alberto", "Beto"), ("Roberto", "Beto"),
        ("Antonio", "Toño"), ("Antonio", "Tono"), ("Antonio", "Tonho"), ("Antonia", "Toña"),
        ("Enrique", "Quique"), ("Enrique", "Kike"), ("Rosario", "Charo"), ("Rosario", "Chayo"),
        ("Concepción", "Conchita"), ("Concepción", "Concha"), ("Consuelo", "Chelo"),
        ("Dolores", "Lola"), ("Dolores", "Loli"), ("Pilar", "Pili"), ("Manuel", "Manolo"), ("Manuel", "Manu"),
        ("José María", "Chema"), ("Gregorio", "Goyo"), ("Vicente", "Chente"), ("Adolfo", "Fito"),
        ("Rodolfo", "Fito"), ("Alfonso", "Poncho"), ("Fernando", "Nando"), ("Fernando", "Fer"),
        ("Rafael", "Rafa"), ("Lorenzo", "Lencho"), ("Salvador", "Chava"), ("Alicia", "Licha"),
        ("Mercedes", "Meche"), ("Teresa", "Tere"), ("María Teresa", "Maite"), ("Luz", "Lucha"),
        ("Joaquín", "Quim"), ("Joaquín", "Chimo"), ("Ramón", "Moncho"), ("Anselmo", "Chemo"),
        ("Rigoberto", "Rigo"), ("Heriberto", "Beto"), ("Humberto", "Beto"), ("Gilberto", "Beto"),
        ("Norberto", "Beto"), ("Ernesto", "Neto"), ("Ernesto", "Tito"), ("Alejandro", "Alex"),
        ("Alejandro", "Jandro"), ("Alejandra", "Ale"), ("Santiago", "Santi"), ("Gerardo", "Lalo"),
        ("Federico", "Fede"), ("Isabel", "Chabela"), ("Isabel", "Isa"), ("Margarita", "Rita"),
        ("Margarita", "Margo"), ("Graciela", "Chela"), ("Marcela", "Chela"), ("Soledad", "Sole"),
        ("Natividad", "Nati"), ("Inmaculada", "Inma"), ("Asunción", "Chon"), ("Encarnación", "Encarna"),
        ("Socorro", "Coco"), ("Luis", "Lucho"), ("Juan", "Juancho"), ("Juan", "Juanito"), ("Pedro", "Perico"),
        ("Carlos", "Charly"), ("Mario", "Mayito"), ("Gustavo", "Tavo"), ("Octavio", "Tavo"),
        ("Arturo", "Tury"), ("Cristina", "Tina"), ("Ana", "Anita"), ("Eusebio", "Chebo"),
    ];
}
